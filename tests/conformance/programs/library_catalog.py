class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.borrower = None
    def __repr__(self): return f"{self.title!r} ({self.year})"
class Member:
    LIMIT = 2
    def __init__(self, name): self.name, self.books = name, []
class LibraryError(Exception): pass
class Library:
    def __init__(self): self.books, self.members = {}, {}
    def add(self, *books):
        for b in books: self.books[b.isbn] = b
    def join(self, name):
        self.members[name] = Member(name)
        return self.members[name]
    def lend(self, isbn, name):
        book, m = self.books[isbn], self.members[name]
        if book.borrower: raise LibraryError(f"{book.title} already lent to {book.borrower.name}")
        if len(m.books) >= m.LIMIT: raise LibraryError(f"{name} has too many books")
        book.borrower = m; m.books.append(book)
    def give_back(self, isbn):
        book = self.books[isbn]
        book.borrower.books.remove(book); book.borrower = None
    def search(self, text):
        text = text.lower()
        return sorted((b for b in self.books.values() if text in b.title.lower() or text in b.author.lower()), key=lambda b: b.year)
    def by_author(self):
        out = {}
        for b in self.books.values(): out.setdefault(b.author, []).append(b.title)
        return {a: sorted(t) for a, t in sorted(out.items())}
lib = Library()
lib.add(Book("1", "Dune", "Herbert", 1965), Book("2", "Emma", "Austen", 1815), Book("3", "Persuasion", "Austen", 1817),
        Book("4", "Neuromancer", "Gibson", 1984), Book("5", "Dune Messiah", "Herbert", 1969))
lib.join("ann"); lib.join("bob")
for isbn, who in [("1", "ann"), ("2", "ann"), ("3", "ann"), ("1", "bob"), ("4", "bob")]:
    try:
        lib.lend(isbn, who); print(f"lent {isbn} to {who}")
    except LibraryError as e:
        print("LibraryError:", e)
lib.give_back("1"); lib.lend("1", "bob")
print({n: m.books for n, m in lib.members.items()})
print(lib.search("dune"), lib.search("austen"), lib.search("zzz"))
print(lib.by_author())
