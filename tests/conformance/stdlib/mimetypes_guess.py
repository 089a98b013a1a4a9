import mimetypes
for name in ["report.pdf", "photo.JPG", "archive.tar.gz", "data.json", "page.html", "x.tgz",
             "style.css", "noext", "a.unknownext", "http://example.com/img.png?x=1", "song.mp3",
             "notes.txt.bz2", "data:text/html;base64,xyz", "data:,hello", "movie.webm", "image.svgz"]:
    print(name, mimetypes.guess_type(name))
print(mimetypes.guess_type("pic.jpg"), mimetypes.guess_type("a.webp"), mimetypes.guess_type("a.webp", strict=False))
for t in ["text/html", "image/jpeg", "application/json", "text/csv", "audio/mpeg", "nope/none", "image/webp"]:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_all_extensions(t), mimetypes.guess_extension(t, strict=False))
mimetypes.add_type("application/x-custom", ".cust")
print(mimetypes.guess_type("f.cust"), mimetypes.guess_extension("application/x-custom"))
db = mimetypes.MimeTypes()
print(db.guess_type("f.cust"), db.guess_type("q.py"))
print(sorted(mimetypes.encodings_map.items()))
print(mimetypes.types_map[".png"], len(mimetypes.suffix_map))
