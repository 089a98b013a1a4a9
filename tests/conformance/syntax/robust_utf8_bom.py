# A UTF-8 file that starts with a byte order mark.
print("bom ok", "é")
