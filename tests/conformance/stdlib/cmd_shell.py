# cmd.Cmd: a command loop from cmdqueue then stdin (input() prompts), help listing and topics,
# ?/! shortcuts, empty line repeats, precmd/postcmd hooks, a stream-driven loop, columnize,
# completion helpers.
import cmd, io, sys

class Shell(cmd.Cmd):
    intro = "Welcome to the calculator. Type help or ? to list commands."
    prompt = "(calc) "
    def __init__(self, **kw):
        super().__init__(**kw)
        self.stack = []
    def do_push(self, arg):
        "Push numbers: push 1 2 3"
        try:
            self.stack.extend(float(x) for x in arg.split())
        except ValueError:
            print("*** bad number in:", arg)
    def do_add(self, arg):
        "Add the top two numbers."
        if len(self.stack) < 2:
            print("*** need two numbers"); return
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a + b)
    def do_mul(self, arg):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a * b)
    def do_show(self, arg):
        print(self.stack)
    def help_show(self):
        print("Show the stack.")
    def help_topics(self):
        print("Some topics.")
    def do_quit(self, arg):
        "Quit."
        print("bye")
        return True
    do_EOF = do_quit
    def precmd(self, line):
        return line if line == "EOF" else line.lower()
    def postcmd(self, stop, line):
        if line.strip():
            print("[ran %r]" % line.split()[0])
        return stop
    def default(self, line):
        print("unknown command:", line)
    def do_shell(self, arg):
        print("shell:", arg)

s = Shell()
s.cmdqueue = ["push 1 2 3", "add", "", "show", "push 4", "MUL", "show", "?", "help add", "help show",
              "help nothing", "bogus 1", "!ls -l", "help", "push x"]
s.cmdloop()
print("--- from a stream")
out = io.StringIO()
s2 = Shell(stdin=io.StringIO("push 5\npush 6\nmul\nshow\n"), stdout=out)
s2.use_rawinput = False
s2.cmdloop(intro="")
print(repr(out.getvalue()))
c = cmd.Cmd()
print(c.parseline("  hello world  "), c.parseline("?x"), c.parseline("!x"), c.parseline(""))
c.columnize([str(i) * (i % 7 + 1) for i in range(40)], 60)
c.columnize([])
c.columnize(["only"])
try:
    c.columnize(["a", 1, "b", None])
except TypeError as e:
    print(e)
print(sorted(s.completenames("p")), s.complete("s", 0), s.complete("s", 1), s.complete("s", 2))
print(sorted(s.complete_help("t")))
c.onecmd("nothing here")
print(c.onecmd("help"))
Shell().cmdloop()
