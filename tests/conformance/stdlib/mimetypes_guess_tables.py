# mimetypes.guess_type through encodings, suffix aliases, strict and non-strict tables,
# data: URLs, user-added types and MimeTypes instances.
import mimetypes

names = ["a.txt", "A.TXT", "x.tar.gz", "x.tgz", "x.tar.bz2", "x.tbz", "x.svgz", "x.gz",
         "archive.tar.xz", "pic.JPG", "doc.pdf", "song.mp3", "x.rtf", "x.midi", "x.jpg.gz",
         "x.unknownext", "noext", ".bashrc", "dir.d/file", "http://h/p/a.html?q=1",
         "http://h/p/", "file:///tmp/x.png", "x.Z", "x.br", "x.bz2.gz", "x.js", "x.json",
         "data:text/html,<b>", "data:,plain", "data:image/png;base64,AAA", "data:a=b,x",
         "data:nocomma", "x.pict", "x.xul", "x.mid"]
for strict in (True, False):
    for n in names:
        print(strict, n, mimetypes.guess_type(n, strict=strict))

db = mimetypes.MimeTypes()
db.add_type("application/x-thing", ".thing")
db.add_type("application/x-loose", ".loose", strict=False)
for n in ["a.thing", "a.THING", "a.loose", "a.loose.gz", "a.thing.bz2"]:
    print(n, db.guess_type(n), db.guess_type(n, strict=False))
db.encodings_map[".zz"] = "zzip"
db.suffix_map[".tzz"] = ".tar.zz"
print(db.guess_type("f.tzz"), db.guess_type("f.zz"))
print(db.guess_all_extensions("application/x-loose"), db.guess_all_extensions("application/x-loose", strict=False))
print(mimetypes.guess_extension("text/plain"), mimetypes.guess_extension("image/jpeg"))
print(sorted(mimetypes.guess_all_extensions("text/html")))
