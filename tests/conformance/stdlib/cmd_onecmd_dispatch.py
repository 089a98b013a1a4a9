# cmd.Cmd: onecmd dispatch (unknown names, lines without a name, '!' without do_shell, EOF),
# lastcmd bookkeeping, a stream-driven loop that ends at end of input, and default class
# attributes.
import cmd
import io


class Plain(cmd.Cmd):
    def do_greet(self, arg):
        self.stdout.write(f"hello {arg!r}\n")

    def do_EOF(self, arg):
        self.stdout.write("end of input\n")
        return "stopped"

    def do_stop(self, arg):
        return 1

    def emptyline(self):
        self.stdout.write(f"empty, last={self.lastcmd!r}\n")
        return super().emptyline()


out = io.StringIO()
p = Plain(stdout=out)
for line in ("greet  world ", "", "  ", "greet", "nothing here", "!ls", "?", "-x", "123 go",
             "greet_x y", "EOF", "", "stop"):
    result = p.onecmd(line)
    print(repr(line), "->", repr(result), "last:", repr(p.lastcmd))
print(out.getvalue(), end="")
for line in ("greet a b", "?greet", "!x", "", "  !", "a.b c", "do greet"):
    print(repr(line), p.parseline(line))

src = io.StringIO("greet one\r\n\ngreet two\nunknown_cmd\n")
out = io.StringIO()
p = Plain(stdin=src, stdout=out)
p.use_rawinput = False
p.prompt = "> "
p.cmdqueue = ["greet queued"]
p.cmdloop("intro text")
print(repr(out.getvalue()))
print(p.cmdqueue, repr(p.lastcmd))

out = io.StringIO()
q = Plain(stdin=io.StringIO("stop\ngreet never\n"), stdout=out)
q.use_rawinput = 0
q.cmdloop()
print(repr(out.getvalue()))

c = cmd.Cmd()
print(repr(c.prompt), c.identchars == cmd.IDENTCHARS, repr(c.ruler), repr(c.lastcmd), c.intro,
      repr(c.doc_leader), c.doc_header, c.misc_header, c.undoc_header, c.nohelp,
      c.use_rawinput, c.completekey, c.cmdqueue, cmd.PROMPT)
print(len(cmd.IDENTCHARS), cmd.__all__)
c.stdout = io.StringIO()
c.onecmd("anything at all")
c.onecmd("help")
c.onecmd("help nothing")
print(repr(c.stdout.getvalue()))
print(p.completenames("gr"), sorted(p.completenames("")), p.complete("s", 0), p.complete("s", 1))
print(p.completedefault("x", "line", 0, 1), sorted(p.complete_help("")))
