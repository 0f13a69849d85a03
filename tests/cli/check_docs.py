#!/usr/bin/env python3
"""Keeps gait's man page and shell completions in step with its command line.

Usage: check_docs.py GAIT_BINARY SOURCE_DIR

Runs 'GAIT --help' and 'GAIT COMMAND --help' for every command (found in the
Commands section of each help, so 'gait rubric show' too), reads every
option from them, and checks, for each command:

  - docs/gait.1 has a section '.SS gait COMMAND' under COMMANDS, shows the
    command in SYNOPSIS, and documents each option in a .TP of that section
    with its short and long forms together (-h/--help and --version may be
    documented once, in OPTIONS), with the argument name --help shows (for
    FILE, NAME, PHASE, WHEN, N; CLI11's own TEXT is not checked) and with
    each value --help lists in the option's description ("text, markdown,
    html or json");
  - docs/gait.1 documents no option, positional or command gait does not have;
  - docs/cli.md's synopsis names the command with each of its long options,
    and its copy of what 'gait' alone prints is what it prints;
  - data/completions/gait.bash, _gait (zsh) and gait.fish mention the command
    and each of its options, and the zsh and fish files offer no option the
    command does not have;
  - the bash completion, run for real (bash sources it and calls _gait with
    COMP_WORDS and COMP_CWORD set), offers exactly the command's options after
    '-', the commands, the values --help lists, the phases and the bundled
    rubrics, and the right files; fish (complete -C) and zsh (in a zpty) the
    same when those shells are installed.

Prints one line per check, 'ok ...' or 'FAIL ...: reason' ('skip ...' when a
tool is missing), then 'N passed, M failed'; exits 1 when a check failed.
Python 3 standard library only.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

# CLI11's own type names, shown when an option has no type_name: not checked
# against the man page's argument names.
GENERIC_TYPES = {"TEXT", "INT", "UINT", "FLOAT", "NUMBER", "BOOLEAN", "ENUM"}

# Global options that the man page may document once, in OPTIONS.
GLOBAL_OPTIONS = {"-h", "--help", "--version"}

MAN_SECTIONS = ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "FILES",
                "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO"]

# What the brief of the completions promises beyond --help: values of
# --fail-below for the default rubric, and the bundled rubric names.
PHASES = ["crawl", "walk", "run"]
BUNDLED_RUBRICS = ["sre", "health-check"]


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, reason=""):
        if ok:
            self.passed += 1
            print("ok " + name)
        else:
            self.failed += 1
            print("FAIL {}: {}".format(name, reason or "failed"))
        sys.stdout.flush()

    def skip(self, name, reason):
        print("skip {}: {}".format(name, reason))


def words(items):
    return " ".join(sorted(items)) if items else "(none)"


# --- gait --help -------------------------------------------------------------

class Option:
    def __init__(self, names, metavar, values):
        self.names = names        # ['-f', '--format']
        self.metavar = metavar    # 'FILE', 'TEXT', '' for a flag
        self.values = values      # ['text', 'markdown', ...] or []

    @property
    def label(self):
        return ", ".join(self.names)

    @property
    def long(self):
        longs = [n for n in self.names if n.startswith("--")]
        return longs[0] if longs else self.names[0]


class Command:
    def __init__(self, path, options, positionals, subcommands):
        self.path = path                # ('rubric', 'show')
        self.options = options          # [Option]
        self.positionals = positionals  # [(name, type)]
        self.subcommands = subcommands  # ['show', 'lint']

    @property
    def title(self):
        return " ".join(("gait",) + self.path)

    def option_names(self):
        return {n for o in self.options for n in o.names}


def help_entry_head(line):
    """The name column of a help line: gait pads it to 30 characters and
    starts the description there, or on the next line when it is longer."""
    if len(line) > 30 and line[29] == " ":
        return line[:30].strip()
    return line.strip()


# An option's values, as its description lists them: "text, markdown, html or
# json", "auto, always or never".
VALUES_RE = re.compile(r"\b((?:[a-z][\w-]*, )*[a-z][\w-]* or [a-z][\w-]*)\b")

# The options whose descriptions list the values they take.
LISTED_VALUES = {"FORMAT", "WHEN"}


def parse_option(line, head):
    """An entry of Options: '-f, --format FORMAT   Output format: text, ... or json'."""
    words = head.split()
    names = []
    while words and words[0].startswith("-"):
        names.append(words.pop(0).rstrip(","))
    metavar = words[0] if words else ""
    values = []
    if metavar in LISTED_VALUES:
        found = VALUES_RE.search(line[len(head) + 2:] if len(line) > 30 else "")
        if found:
            values = re.split(r", | or ", found.group(1))
    return Option(names, metavar, values)


def parse_help(text, path):
    options, positionals, subcommands = [], [], []
    section = None
    for line in text.splitlines():
        if not line.strip():
            section = None
            continue
        if not line.startswith(" "):
            section = line[:-1] if line.endswith(":") else None
            continue
        if not line.startswith("  ") or line.startswith("   "):
            continue  # a description carried over to the next line
        head = help_entry_head(line)
        if section == "Options":
            if head.startswith("-"):
                options.append(parse_option(line, head))
        elif section == "Arguments":
            # The argument's name, as the man page's .TP names it: FILE..., REPORT.json.
            name = head.split()[0].rstrip(".")
            positionals.append((name, name))
        elif section == "Commands":
            subcommands.append(head.split()[0])
    return Command(path, options, positionals, subcommands)


def run_help(gait, path):
    result = subprocess.run([gait] + list(path) + ["--help"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, universal_newlines=True, timeout=30)
    if result.returncode != 0:
        raise RuntimeError("'{}' exited {}: {}".format(
            " ".join(["gait"] + list(path) + ["--help"]), result.returncode,
            result.stderr.strip()))
    return result.stdout


def discover(gait):
    """Every command, depth first: gait, gait assess, ..., gait rubric show."""
    commands = []

    def visit(path):
        command = parse_help(run_help(gait, path), path)
        commands.append(command)
        for sub in command.subcommands:
            visit(path + (sub,))

    visit(())
    return commands


# --- the man page -------------------------------------------------------------

GLYPHS = {"lq": '"', "rq": '"', "oq": "'", "cq": "'", "dq": '"', "em": "--", "en": "-",
          "mu": "x", "ua": "^", "da": "v", "<-": "<-", "->": "->", "aq": "'", "ti": "~",
          "bu": "*"}


def unescape(text):
    text = re.sub(r"\\f(\[[^\]]*\]|\(..|.)", "", text)
    text = re.sub(r"\\\((..)", lambda m: GLYPHS.get(m.group(1), "?"), text)
    text = re.sub(r"\\\[([^\]]*)\]", lambda m: GLYPHS.get(m.group(1), "?"), text)
    for escape, plain in (("\\-", "-"), ("\\%", ""), ("\\&", ""), ("\\~", " "),
                          ("\\ ", " "), ("\\e", "\\"), ("\\\\", "\\")):
        text = text.replace(escape, plain)
    return text


def macro_args(rest):
    """A macro's arguments, split as roff does: at spaces, except inside double
    quotes, where "" is a quote."""
    args, current, quoted, started, i = [], [], False, False, 0
    while i < len(rest):
        c = rest[i]
        if c == "\\" and i + 1 < len(rest):
            current.append(rest[i:i + 2])
            started = True
            i += 2
            continue
        if quoted and c == '"' and rest[i + 1:i + 2] == '"':
            current.append('"')
            i += 2
            continue
        if c == '"' and (quoted or not started):
            quoted = not quoted
            started = True
        elif c == " " and not quoted:
            if started:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(c)
            started = True
        i += 1
    if started:
        args.append("".join(current))
    return args


def line_text(line):
    """The text a man-page line puts on the page, without fonts or escapes."""
    if line.startswith((".", "'")):
        macro, _, rest = line[1:].partition(" ")
        if macro in ("B", "I", "SM", "SB"):
            return unescape(" ".join(macro_args(rest)))
        if macro in ("BR", "RB", "IR", "RI", "BI", "IB"):
            return unescape("".join(macro_args(rest)))
        if macro in ("TP", "PP", "P", "LP", "RS", "RE", "EX", "EE", "br", "sp", "nf", "fi"):
            return ""
        if line.startswith('.\\"'):
            return ""
        return unescape(rest)
    return unescape(line)


class ManItem:
    def __init__(self, tag):
        self.tag = tag
        self.body = []

    @property
    def text(self):
        return " ".join(self.body)


class ManSection:
    def __init__(self, title):
        self.title = title
        self.lines = []   # page text
        self.items = []   # .TP items

    @property
    def text(self):
        return " ".join(self.lines)


OPTION_RE = re.compile(r"(?<![\w-])(--?[A-Za-z0-9][\w-]*)")


def tag_options(tag):
    return OPTION_RE.findall(tag)


def tag_metavar(tag):
    rest = OPTION_RE.sub("", tag)
    return rest.replace(",", " ").strip()


class ManPage:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.source = f.read()
        self.path = path
        self.th = ""
        self.sections = {}    # .SH title -> ManSection
        self.commands = {}    # .SS title under COMMANDS -> ManSection
        sh = ss = item = None
        pending_tag = False
        for line in self.source.splitlines():
            if line.startswith('.\\"') or line.startswith("'\\\""):
                continue
            if line.startswith(".TH "):
                self.th = line
                continue
            if line.startswith(".SH "):
                sh = ManSection(" ".join(macro_args(line[4:])))
                self.sections[sh.title] = sh
                ss = item = None
                continue
            if line.startswith(".SS "):
                ss = ManSection(" ".join(macro_args(line[4:])))
                if sh is not None and sh.title == "COMMANDS":
                    self.commands[ss.title] = ss
                item = None
                continue
            target = ss if (ss is not None and sh is not None and sh.title == "COMMANDS") else sh
            if target is None:
                continue
            if line.startswith(".TP"):
                pending_tag = True
                continue
            if line.startswith((".PP", ".P ", ".LP", ".SH", ".SS")) or line in (".P",):
                item = None
            text = line_text(line)
            if pending_tag:
                pending_tag = False
                item = ManItem(text)
                target.items.append(item)
                target.lines.append(text)
                continue
            if text:
                target.lines.append(text)
                if item is not None:
                    item.body.append(text)


# --- the completion files -----------------------------------------------------

def mentions(text, word):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None


def zsh_function(text, name):
    match = re.search(r"^" + re.escape(name) + r"\(\)\s*\{\n(.*?)^\}", text, re.M | re.S)
    return match.group(1) if match else None


def zsh_function_name(path):
    if not path:
        return "_gait"
    return "_gait_cmd_" + "_".join(p.replace("-", "_") for p in path)


def zsh_spec_options(body):
    """The options named by _arguments specs: {-f+,--format=}'[...' and '--strict[...'."""
    found = set()
    for group in re.findall(r"\{([^{}]*)\}'?\"?\[", body):
        for name in group.split(","):
            name = name.strip().rstrip("+=-")
            if name.startswith("-"):
                found.add(name)
    for name in re.findall(r"['\"](?:\([^)]*\))?(--?[A-Za-z0-9][\w-]*?)[+=-]?\[", body):
        found.add(name)
    return found


class FishLine:
    def __init__(self, line):
        self.condition = None
        self.options = set()
        self.arguments = []
        try:
            tokens = shlex.split(line)
        except ValueError:
            tokens = line.split()
        i = 1
        while i < len(tokens):
            token = tokens[i]
            value = tokens[i + 1] if i + 1 < len(tokens) else ""
            if token in ("-n", "--condition"):
                self.condition = value
                i += 2
            elif token in ("-s", "--short-option"):
                self.options.add("-" + value)
                i += 2
            elif token in ("-l", "--long-option"):
                self.options.add("--" + value)
                i += 2
            elif token in ("-o", "--old-option"):
                self.options.add("-" + value)
                i += 2
            elif token in ("-a", "--arguments"):
                self.arguments.extend(value.split())
                i += 2
            elif token in ("-c", "--command", "-d", "--description", "-w", "--wraps"):
                i += 2
            else:
                i += 1
        self.seen = set()
        self.not_seen = set()
        self.top = False
        if self.condition:
            self.top = "__fish_use_subcommand" in self.condition
            for negated, group in re.findall(
                    r"(not\s+)?__fish_seen_subcommand_from\s+([^;|&']+)", self.condition):
                (self.not_seen if negated else self.seen).update(group.split())

    def belongs_to(self, path):
        if not path:
            return self.top
        return self.seen == set(path)

    @property
    def is_global(self):
        return self.condition is None


def fish_lines(text):
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("complete ") and " -c gait" in line:
            lines.append(FishLine(line))
    return lines


# --- running the completions ----------------------------------------------------

# Each driver completes every line given after the completion file, and ends
# the words offered for each line with a line '<<END>>'.
BASH_DRIVER = r"""
source "$1" || exit 3
shift
for line in "$@"; do
    read -ra COMP_WORDS <<< "$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMPREPLY=()
    _gait gait "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" '<<END>>'
done
"""

FISH_DRIVER = r"""
source $argv[1]; or exit 3
for line in $argv[2..-1]
    complete -C $line
    echo '<<END>>'
end
"""

# zsh completes only in its line editor: run an interactive zsh in a pseudo
# terminal (zpty), type each line and Tab, and have compadd print what it adds.
ZSH_DRIVER = r"""
zmodload zsh/zpty || exit 3
zpty z zsh -f -i
zpty -w z "PROMPT= ; RPROMPT= ; bindkey -e"
zpty -w z "fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
zpty -w z "zle -C complete-word complete-word _gait_capture; bindkey '^I' complete-word"
zpty -w z "_gait_capture() {
  compadd() {
    if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"\$@\"; return; fi
    typeset -a hits
    builtin compadd -A hits \"\$@\"
    builtin compadd \"\$@\"
    local hit; for hit in \$hits; do print -r -- \"<<HIT:\$hit>>\"; done
  }
  _main_complete \"\$@\"
  print -r -- '<<DONE>>'
}"
zpty -w z "print READY"
zpty -r z out '*READY*'
zpty -r z out '*READY*'
shift
for line in "$@"; do
  zpty -w -n z "$line"$'\t'
  zpty -r z out '*<<DONE>>*'
  print -r -- "${(j:\n:)${(M)${(f)out}:#*<<HIT:*}}"
  print -r -- '<<END>>'
  zpty -w -n z $'\C-u'
done
zpty -d z
"""


def split_line(line):
    """The words of a command line as a shell gives them to its completion."""
    parts = line.split()
    if line.endswith(" "):
        parts.append("")
    return parts


def run_driver(command, lines, cwd, parse):
    """Runs a shell that completes every line; returns {line: [words]}."""
    result = subprocess.run(command + lines, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            universal_newlines=True, cwd=cwd, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip() or "{} exited {}".format(command[0],
                                                                         result.returncode))
    blocks = result.stdout.split("<<END>>\n")
    if len(blocks) < len(lines):
        raise RuntimeError("{} answered {} of {} lines".format(command[0], len(blocks) - 1,
                                                              len(lines)))
    return {line: parse(line, block) for line, block in zip(lines, blocks)}


def complete_bash(file, lines, cwd):
    return run_driver(["bash", "--norc", "--noprofile", "-c", BASH_DRIVER, "bash", file], lines,
                      cwd, lambda line, block: [w.rstrip("/") for w in block.splitlines() if w])


def complete_fish(file, lines, cwd):
    def parse(line, block):
        found = []
        for entry in block.splitlines():
            word = entry.split("\t")[0]
            if "=" in line.split(" ")[-1]:
                # After --option=, fish repeats the option before each value.
                word = re.sub(r"^--?[\w-]+=", "", word)
            if word:
                found.append(word.rstrip("/"))
        return found
    return run_driver(["fish", "--no-config", "-c", FISH_DRIVER, file], lines, cwd, parse)


def complete_zsh(directory, lines, cwd):
    def parse(line, block):
        return [h.replace("\\", "").rstrip("/") for h in re.findall(r"<<HIT:(.*?)>>", block)]
    return run_driver(["zsh", "-f", "-c", ZSH_DRIVER, "zsh", directory], lines, cwd, parse)


def make_fixtures(directory):
    for name in ("a.yaml", "b.yml", "c.json", "notes.txt"):
        with open(os.path.join(directory, name), "w") as f:
            f.write("")
    os.mkdir(os.path.join(directory, "teams"))


# --- the checks -----------------------------------------------------------------

def check_man(checks, man, commands, version_line, source_dir):
    missing = [s for s in MAN_SECTIONS if s not in man.sections]
    checks.check("man: has the sections " + ", ".join(MAN_SECTIONS), not missing,
                 "no " + ", ".join(missing))
    version = version_line.split()[-1] if version_line else "?"
    checks.check("man: .TH names gait {} as 'gait --version' does".format(version),
                 '"gait {}"'.format(version) in man.th, "the .TH line is: " + man.th)

    synopsis = man.sections.get("SYNOPSIS")
    global_section = man.sections.get("OPTIONS")
    titles = {c.title for c in commands}

    for command in commands:
        name = command.title
        section = man.commands.get(name) if command.path else global_section
        where = ".SS {}".format(name) if command.path else "OPTIONS"
        if command.path:
            checks.check("man: {}: has a section .SS {} under COMMANDS".format(name, name),
                         section is not None, "no such section")
            shown = synopsis is not None and re.search(
                r"(^|\s)" + re.escape(name) + r"(\s|$)", synopsis.text) is not None
            checks.check("man: {}: in SYNOPSIS".format(name), shown, "not shown")
        else:
            checks.check("man: gait: has an OPTIONS section", section is not None, "none")
        items = section.items if section is not None else []
        global_items = global_section.items if global_section is not None else []

        for option in command.options:
            label = "man: {}: {}".format(name, option.label)
            candidates = list(items)
            if set(option.names) <= GLOBAL_OPTIONS:
                candidates += global_items
            found = [i for i in candidates if set(option.names) & set(tag_options(i.tag))]
            whole = [i for i in found if set(option.names) <= set(tag_options(i.tag))]
            if not found:
                checks.check(label, False, "not documented in " + where)
                continue
            if not whole:
                checks.check(label, False, "documented as '{}', without {}".format(
                    found[0].tag, words(set(option.names) - set(tag_options(found[0].tag)))))
                continue
            item = whole[0]
            metavar = tag_metavar(item.tag)
            if not option.metavar:
                checks.check(label, not metavar,
                             "a flag in --help, but the man page gives it '{}'".format(metavar))
            elif option.metavar in GENERIC_TYPES:
                checks.check(label, bool(metavar),
                             "takes a value ({}), but the man page gives no argument".format(
                                 option.metavar))
            else:
                checks.check(label, metavar == option.metavar,
                             "--help calls its argument {}, the man page {}".format(
                                 option.metavar, metavar or "nothing"))
            if option.values:
                missing_values = [v for v in option.values if not mentions(item.text, v)]
                checks.check("man: {}: {} lists {}".format(name, option.long,
                                                           ", ".join(option.values)),
                             not missing_values, "no " + ", ".join(missing_values))

        for positional, type_name in command.positionals:
            found = any(i.tag.strip() == type_name or i.tag.strip().startswith(type_name + " ")
                        for i in items)
            checks.check("man: {}: the argument {}".format(name, type_name), found,
                         "no .TP '{}' in {}".format(type_name, where))

        documented = {n for i in items for n in tag_options(i.tag)}
        extra = documented - command.option_names()
        checks.check("man: {}: documents no option it does not have".format(name), not extra,
                     "documents {}, which '{} --help' does not list".format(words(extra), name))
        types = {t for _, t in command.positionals}
        stray = [i.tag for i in items if not tag_options(i.tag) and i.tag.strip()
                 and not any(i.tag.strip() == t or i.tag.strip().startswith(t + " ")
                             for t in types)]
        if command.path:
            checks.check("man: {}: documents no argument it does not take".format(name),
                         not stray, "documents {}, which '{} --help' does not list".format(
                             ", ".join(stray), name))

    unknown = sorted(set(man.commands) - titles)
    checks.check("man: documents no command gait does not have", not unknown,
                 "documents {}, which 'gait --help' does not list".format(", ".join(unknown)))

    see_also = man.sections.get("SEE ALSO")
    docs_dir = os.path.join(source_dir, "docs")
    docs = sorted(f for f in os.listdir(docs_dir) if f.endswith(".md"))
    named = set(re.findall(r"[\w-]+\.md", see_also.text)) if see_also else set()
    checks.check("man: SEE ALSO names every docs/*.md",
                 set(docs) <= named, "not named: " + words(set(docs) - named))
    checks.check("man: SEE ALSO names only files in docs/", named <= set(docs),
                 "no such file: " + words(named - set(docs)))

    groff = shutil.which("groff")
    if groff:
        result = subprocess.run([groff, "-man", "-Tutf8", "-ww", "-z", man.path],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                universal_newlines=True, timeout=60)
        checks.check("man: groff -man -ww renders it without a warning",
                     result.returncode == 0 and not result.stderr.strip(),
                     result.stderr.strip().replace("\n", "; "))
    else:
        checks.skip("man: groff -man -ww renders it without a warning", "no groff")


def check_completion_texts(checks, files, commands):
    bash_text, zsh_text, fish_text = files
    fish = fish_lines(fish_text)
    for command in commands:
        name = command.title
        wanted = command.option_names()
        parent = command.path[:-1]

        # bash: the file names the command and each option.
        missing = [n for n in sorted(wanted) if not mentions(bash_text, n)]
        if command.path and not mentions(bash_text, command.path[-1]):
            missing.insert(0, command.path[-1])
        checks.check("bash: {}: mentions the command and its options".format(name),
                     not missing, "no " + ", ".join(missing))

        # zsh: _gait_cmd_PATH lists the options; the parent offers the command.
        function = zsh_function_name(command.path)
        body = zsh_function(zsh_text, function)
        if body is None:
            checks.check("zsh: {}: mentions the command and its options".format(name), False,
                         "no function {}()".format(function))
        else:
            offered = zsh_spec_options(body)
            missing = sorted(wanted - offered)
            if command.path:
                parent_body = zsh_function(zsh_text, zsh_function_name(parent)) or ""
                if not re.search(r"['\"]" + re.escape(command.path[-1]) + r":", parent_body):
                    missing.insert(0, "'{}:...' in {}()".format(command.path[-1],
                                                                zsh_function_name(parent)))
            checks.check("zsh: {}: mentions the command and its options".format(name),
                         not missing, "no " + ", ".join(missing))
            extra = offered - wanted
            checks.check("zsh: {}: offers no option it does not have".format(name), not extra,
                         "{}() offers {}".format(function, words(extra)))

        # fish: lines with the command's condition list the options.
        own = [l for l in fish if l.belongs_to(command.path)]
        offered = {o for l in own for o in l.options}
        usable = offered | {o for l in fish if l.is_global for o in l.options}
        missing = sorted(wanted - usable)
        if command.path:
            offers_command = any(l.belongs_to(parent) and command.path[-1] in l.arguments
                                 for l in fish)
            if not offers_command:
                missing.insert(0, "-a " + command.path[-1])
        checks.check("fish: {}: mentions the command and its options".format(name),
                     not missing, "no " + ", ".join(missing))
        extra = offered - wanted
        checks.check("fish: {}: offers no option it does not have".format(name), not extra,
                     "offers " + words(extra))


def behaviour_cases(commands):
    """(line, expected, exact): 'exact' wants those words and no others."""
    cases = []
    for command in commands:
        prefix = " ".join(("gait",) + command.path)
        cases.append((prefix + " -", sorted(command.option_names()), True))
        if command.subcommands:
            cases.append((prefix + " ", sorted(command.subcommands), True))
        for option in command.options:
            if option.values:
                for name in option.names:
                    cases.append(("{} {} ".format(prefix, name), option.values, True))
    # The cases of the brief, whatever --help says.
    cases += [
        ("gait ", ["assess", "init", "report", "compare", "aggregate", "trend", "migrate", "plan", "rubric",
                   "help", "version"], True),
        ("gait assess --f", ["--format", "--fail-below", "--fail-below-target"], True),
        ("gait assess --format ", ["text", "markdown", "html", "json"], True),
        ("gait aggregate --format ", ["text", "markdown", "html", "json", "csv"], True),
        ("gait plan --format ", ["markdown", "csv", "json", "junit"], True),
        ("gait rubric ", ["show", "list", "lint", "export"], True),
        ("gait help ", ["assess", "init", "report", "compare", "aggregate", "trend", "migrate", "plan",
                        "rubric", "help", "version"], True),
        ("gait help rubric ", ["show", "list", "lint", "export"], True),
        ("gait rubric export ", BUNDLED_RUBRICS, True),
        ("gait assess ", ["a.yaml", "b.yml", "c.json", "teams"], False),
        ("gait assess --color ", ["auto", "always", "never"], True),
        ("gait assess --fail-below ", PHASES, True),
        ("gait report --fail-below ", PHASES, True),
        ("gait assess --rubric ", BUNDLED_RUBRICS + ["a.yaml", "b.yml"], False),
        ("gait assess --answers ", ["a.yaml", "b.yml", "c.json", "teams"], False),
        ("gait report ", ["c.json", "teams"], False),
        ("gait compare a.yaml ", ["a.yaml", "b.yml", "c.json", "teams"], False),
        ("gait aggregate ", ["a.yaml", "b.yml", "c.json", "teams"], False),
        ("gait trend ", ["a.yaml", "b.yml", "c.json", "teams"], False),
        ("gait trend --git ", ["a.yaml", "b.yml", "c.json", "teams"], False),
    ]
    unwanted = {
        "gait assess --rubric ": ["c.json", "notes.txt"],
        "gait assess --answers ": ["notes.txt"],
        "gait assess ": ["notes.txt"],
        "gait report ": ["a.yaml", "notes.txt"],
        "gait compare a.yaml ": ["notes.txt"],
        "gait aggregate ": ["notes.txt"],
        "gait trend ": ["notes.txt"],
        "gait trend --git ": ["notes.txt"],
    }
    return [(line, expected, exact, unwanted.get(line, [])) for line, expected, exact in cases]


def check_behaviour(checks, shell, complete, commands, cwd):
    cases = []
    seen = set()
    for case in behaviour_cases(commands):
        key = (case[0], tuple(case[1]), case[2])
        if key not in seen:
            seen.add(key)
            cases.append(case)
    try:
        results = complete(sorted({case[0] for case in cases}), cwd)
        error = None
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as e:
        results, error = {}, str(e).replace("\n", "; ")
    for line, expected, exact, unwanted in cases:
        label = "{}: '{}' completes {}".format(shell, line, " ".join(expected) +
                                               ("" if exact else " ..."))
        if unwanted:
            label += " but not " + " ".join(unwanted)
        if error is not None:
            checks.check(label, False, error)
            continue
        got = results[line]
        missing = [w for w in expected if w not in got]
        extra = sorted(set(got) - set(expected)) if exact else sorted(set(got) & set(unwanted))
        reasons = []
        if missing:
            reasons.append("missing " + " ".join(missing))
        if extra:
            reasons.append("also " + " ".join(extra))
        checks.check(label, not reasons, "; ".join(reasons) + " (got: {})".format(
            " ".join(got) or "nothing"))


def usable_fish():
    """fish 3.3 or newer (for --no-config), or None with the reason."""
    if not shutil.which("fish"):
        return "no fish"
    try:
        out = subprocess.run(["fish", "--version"], stdout=subprocess.PIPE,
                             universal_newlines=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error)
    match = re.search(r"(\d+)\.(\d+)", out)
    if not match or (int(match.group(1)), int(match.group(2))) < (3, 3):
        return "fish older than 3.3: " + out.strip()
    return None


# --- docs/cli.md ---------------------------------------------------------------

def check_cli_reference(checks, cli_md, commands, gait):
    """docs/cli.md: its synopsis names every command with every long option,
    and its copy of 'gait' (the block that starts with '$ gait') is what gait prints."""
    blocks = re.findall(r"^```\n(.*?)^```", cli_md, re.S | re.M)
    synopsis = blocks[0] if blocks else ""
    for command in commands:
        if not command.path or command.subcommands:
            continue
        lines = [line for line in synopsis.splitlines()
                 if line.startswith(command.title + " ") or line == command.title]
        start = synopsis.find("\n".join(lines[:1])) if lines else -1
        # A command's synopsis runs on over the indented lines under its first.
        text = ""
        if start >= 0:
            for line in synopsis[start:].splitlines():
                if text and not line.startswith(" "):
                    break
                text += line + "\n"
        checks.check("docs/cli.md synopsis: " + command.title, bool(lines), "not in the synopsis")
        def named(option):
            return any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text)
                       for n in option.names)
        missing = [o.long for o in command.options if o.long != "--help" and not named(o)]
        if lines:
            checks.check("docs/cli.md synopsis: {} options".format(command.title),
                         not missing, "lacks " + ", ".join(missing))
    shown = [b for b in blocks if b.startswith("$ gait\n")]
    printed = subprocess.run([gait], stdout=subprocess.PIPE, universal_newlines=True,
                             timeout=30).stdout
    checks.check("docs/cli.md: '$ gait' is what gait prints",
                 bool(shown) and shown[0][len("$ gait\n"):] == printed,
                 "differs from the output of gait alone")


def main(argv):
    if len(argv) != 3:
        print("usage: check_docs.py GAIT_BINARY SOURCE_DIR", file=sys.stderr)
        return 2
    gait = os.path.abspath(argv[1])
    source_dir = os.path.abspath(argv[2])
    man_path = os.path.join(source_dir, "docs", "gait.1")
    completions = os.path.join(source_dir, "data", "completions")
    bash_file = os.path.join(completions, "gait.bash")
    zsh_file = os.path.join(completions, "_gait")
    fish_file = os.path.join(completions, "gait.fish")

    checks = Checks()
    try:
        commands = discover(gait)
        version = subprocess.run([gait, "--version"], stdout=subprocess.PIPE,
                                 universal_newlines=True, timeout=30).stdout.strip()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
        checks.check("gait --help", False, str(error))
        print("{} passed, {} failed".format(checks.passed, checks.failed))
        return 1
    checks.check("gait --help: found the commands " + ", ".join(
        c.title for c in commands if c.path), len(commands) > 1, "no Commands section")

    texts = []
    for path in (man_path, bash_file, zsh_file, fish_file):
        exists = os.path.isfile(path)
        checks.check("{} exists".format(os.path.relpath(path, source_dir)), exists, "missing")
        if not exists:
            print("{} passed, {} failed".format(checks.passed, checks.failed))
            return 1
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())

    with open(os.path.join(source_dir, "docs", "cli.md"), encoding="utf-8") as f:
        check_cli_reference(checks, f.read(), commands, gait)

    man = ManPage(man_path)
    check_man(checks, man, commands, version, source_dir)
    check_completion_texts(checks, texts[1:], commands)

    # Syntax, with each shell that is installed.
    fish_problem = usable_fish()
    for shell, path, args in (("bash", bash_file, ["bash", "-n"]), ("zsh", zsh_file, ["zsh", "-n"]),
                              ("fish", fish_file, ["fish", "--no-config", "-n"])):
        problem = fish_problem if shell == "fish" else (
            None if shutil.which(args[0]) else "no " + args[0])
        if problem:
            checks.skip("{}: {} parses".format(shell, os.path.basename(path)), problem)
            continue
        result = subprocess.run(args + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                universal_newlines=True, timeout=30)
        checks.check("{}: {} parses".format(shell, os.path.basename(path)),
                     result.returncode == 0, result.stderr.strip().replace("\n", "; "))

    with tempfile.TemporaryDirectory(prefix="gait-completion-") as cwd:
        make_fixtures(cwd)
        check_behaviour(checks, "bash", lambda line, d: complete_bash(bash_file, line, d),
                        commands, cwd)
        if fish_problem is None:
            check_behaviour(checks, "fish", lambda line, d: complete_fish(fish_file, line, d),
                            commands, cwd)
        else:
            checks.skip("fish: completions run", fish_problem)
        if shutil.which("zsh"):
            check_behaviour(checks, "zsh", lambda line, d: complete_zsh(completions, line, d),
                            commands, cwd)
        else:
            checks.skip("zsh: completions run", "no zsh")

    print("{} passed, {} failed".format(checks.passed, checks.failed))
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
