"""cmd for pyseal: a framework for line-oriented command interpreters.

A subclass of Cmd defines do_<name>(arg) for each command and, optionally, help_<name>();
cmdloop() reads lines (input() with the prompt, or self.stdin), hands each to onecmd(), and
stops when a command returns a true value. "?" is short for "help", "!" for "shell" when
do_shell exists. Line editing and completion need readline, which pyseal does not have; the
completion methods still work when called directly.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """A simple framework for writing line-oriented command interpreters."""

    prompt = PROMPT
    intro = None
    identchars, ruler, lastcmd, use_rawinput = IDENTCHARS, '=', '', 1
    # The texts of the `help` listing.
    doc_leader, nohelp = "", "*** No help on %s"
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Reads and runs commands until one of them returns a true value."""
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            # Queued lines run before anything is read.
            line = self.cmdqueue.pop(0) if self.cmdqueue else self._read_command()
            line = self.precmd(line)
            stop = self.postcmd(self.onecmd(line), line)
        self.postloop()

    def _read_command(self):
        # One line from the user, without its line end; 'EOF' at the end of input.
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        out = self.stdout
        out.write(self.prompt)
        out.flush()
        text = self.stdin.readline()
        return text.rstrip('\r\n') if text else 'EOF'

    def precmd(self, line):
        """Called on each line before it runs; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Called after each command; returns whether to stop."""
        return stop

    def preloop(self):
        """Called once before the loop starts."""

    def postloop(self):
        """Called once when the loop ends."""

    def parseline(self, line):
        """Splits a line into (command, argument, line); (None, None, line) if it has no
        command name."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Runs one command line; returns what its do_ method returns."""
        name, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if name is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if name:
            try:
                handler = getattr(self, 'do_' + name)
            except AttributeError:
                return self.default(line)
            return handler(arg)
        return self.default(line)

    def emptyline(self):
        """An empty line repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """A line whose command is unknown."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """The state-th completion of text as a command name (None past the last)."""
        if state == 0:
            self.completion_matches = self.completenames(text)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(name[5:] for name in self.get_names()
                     if name.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            try:
                func = getattr(self, 'help_' + arg)
            except AttributeError:
                try:
                    doc = getattr(self, 'do_' + arg).__doc__
                    if doc:
                        self.stdout.write("%s\n" % str(doc))
                        return
                except AttributeError:
                    pass
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
                return
            func()
            return
        names = self.get_names()
        documented = []
        undocumented = []
        topics = {name[5:] for name in names if name.startswith('help_')}
        seen = None
        for name in sorted(names):
            if not name.startswith('do_') or name == seen:
                continue
            seen = name
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.remove(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Writes the strings in as few rows as fit in displaywidth, column by column, two
        spaces apart."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            widths = [max(len(x) for x in list[col * nrows:(col + 1) * nrows])
                      for col in range(ncols)]
            if sum(widths) + 2 * (ncols - 1) <= displaywidth:
                break
        else:
            nrows, widths = size, [0]
        for row in range(nrows):
            texts = list[row::nrows]
            while texts and not texts[-1]:
                texts.pop()
            texts = [text.ljust(widths[col]) for col, text in enumerate(texts)]
            self.stdout.write("%s\n" % str("  ".join(texts)))
