dna = "AGCTTAGCTAAGGCTTACGATCGATCGTAGCTAGCTAGC"
print({b: dna.count(b) for b in "ACGT"})
comp = dna.translate(str.maketrans("ACGT", "TGCA"))
print(comp, comp[::-1])
gc = (dna.count("G") + dna.count("C")) / len(dna)
print(f"GC content {gc:.2%}")
codons = [dna[i:i + 3] for i in range(0, len(dna) - 2, 3)]
print(codons, len(codons))
print(dna.replace("AGC", "[AGC]", 3))
pos, hits = 0, []
while (i := dna.find("AGC", pos)) != -1:
    hits.append(i); pos = i + 1
print(hits, dna.count("AGC"))
print("aaaa".replace("aa", "b"), "abcabc".replace("b", ""), "x".replace("x", "xx", 0), "".replace("", "z"))
template = "Dear NAME, your order ORDER ships DATE."
for k, v in {"NAME": "Ann", "ORDER": "#42", "DATE": "today"}.items():
    template = template.replace(k, v)
print(template)
