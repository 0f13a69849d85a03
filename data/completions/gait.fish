# fish completion for gait(1), the SRE maturity self-assessment.
#
# Install as ~/.config/fish/completions/gait.fish, or in a directory of
# $fish_complete_path such as /usr/share/fish/vendor_completions.d.
# tests/cli/check_docs.py keeps it in step with 'gait COMMAND --help': the
# options of a command are on lines whose condition is
# '__fish_seen_subcommand_from COMMAND' ('... rubric; and ... show' for
# 'gait rubric show').

# Directories, and the files that end in one of the suffixes given (.yaml ...),
# that complete the word under the cursor.
function __gait_files --description 'gait: directories and files with the given suffixes'
    # After --option=, complete what follows the '='.
    set -l token (commandline -ct)
    set token (string replace -r -- '^--?[^=]*=' '' "$token")
    for path in $token*
        if test -d $path
            printf '%s/\n' $path
        else
            for suffix in $argv
                if string match -q -- "*$suffix" $path
                    printf '%s\n' $path
                    break
                end
            end
        end
    end
end

# No file names unless a line below asks for them.
complete -c gait -f

# gait itself
complete -c gait -n __fish_use_subcommand -s h -l help -d 'Print help and exit'
complete -c gait -n __fish_use_subcommand -l version -d 'Print the version and exit'
complete -c gait -n __fish_use_subcommand -a assess -d "Score a team's answers and report the phase and the gaps"
complete -c gait -n __fish_use_subcommand -a init -d 'Write an answers file to fill in, with every question'
complete -c gait -n __fish_use_subcommand -a migrate -d "Rewrite an answers file for the rubric's current version"
complete -c gait -n __fish_use_subcommand -a report -d 'Render a saved JSON report again, in any format'
complete -c gait -n __fish_use_subcommand -a compare -d 'Show what moved between two assessments of a team'
complete -c gait -n __fish_use_subcommand -a aggregate -d 'Sum up many teams: phases, heatmap, shared gaps'
complete -c gait -n __fish_use_subcommand -a trend -d 'Follow a team over many assessments, from files or git'
complete -c gait -n __fish_use_subcommand -a plan -d 'Turn the gaps into work items: a checklist, CSV, JUnit'
complete -c gait -n __fish_use_subcommand -a rubric -d 'Show, list, check or export rubrics'
complete -c gait -n __fish_use_subcommand -a help -d 'Print the help of gait or of a command'
complete -c gait -n __fish_use_subcommand -a version -d "Print gait's version"

# gait help [COMMAND...]
complete -c gait -n '__fish_seen_subcommand_from help' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from help; and not __fish_seen_subcommand_from assess init migrate report compare aggregate trend plan rubric version' -a 'assess init migrate report compare aggregate trend plan rubric help version'

# gait version
complete -c gait -n '__fish_seen_subcommand_from version' -s h -l help -d 'Print help and exit'

# gait assess
complete -c gait -n '__fish_seen_subcommand_from assess' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from assess' -s a -l answers -x -a '(__gait_files .yaml .yml .json)' -d 'Answers file (YAML or JSON); - for stdin'
complete -c gait -n '__fish_seen_subcommand_from assess' -s r -l rubric -x -a "sre\t'Bundled: SRE maturity model (default)' health-check\t'Bundled: short SRE health check' (__gait_files .yaml .yml)" -d 'Rubric: a bundled name or a file'
complete -c gait -n '__fish_seen_subcommand_from assess' -s f -l format -x -a 'text markdown html json' -d 'Output format'
complete -c gait -n '__fish_seen_subcommand_from assess' -s o -l output -r -F -d 'Write to FILE, atomically, not to stdout'
complete -c gait -n '__fish_seen_subcommand_from assess' -l fail-below -x -a 'crawl walk run' -d 'Exit 1 when the placement is below PHASE'
complete -c gait -n '__fish_seen_subcommand_from assess' -l fail-below-target -d 'Exit 1 when a target whose date has passed is not met'
complete -c gait -n '__fish_seen_subcommand_from assess' -l color -x -a 'auto always never' -d 'When to color the output'
complete -c gait -n '__fish_seen_subcommand_from assess' -l strict -d 'Unanswered questions are an error'
complete -c gait -n '__fish_seen_subcommand_from assess' -l save -x -a '(__gait_files .yaml .yml)' -d 'Questionnaire: save answers to FILE'
complete -c gait -n '__fish_seen_subcommand_from assess' -s t -l team -x -d "Questionnaire: the team's name"
complete -c gait -n '__fish_seen_subcommand_from assess' -l restart -d 'Questionnaire: start over, keeping the old answers as FILE.bak'
complete -c gait -n '__fish_seen_subcommand_from assess' -l merge -x -a 'median min mean' -d "Several respondents: how their values merge"
complete -c gait -n '__fish_seen_subcommand_from assess' -l respondent -x -d 'Questionnaire: who answers'
complete -c gait -n '__fish_seen_subcommand_from assess' -a '(__gait_files .yaml .yml .json)'

# gait migrate
complete -c gait -n '__fish_seen_subcommand_from migrate' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from migrate' -s r -l rubric -x -a "sre\t'Bundled: SRE maturity model (default)' health-check\t'Bundled: short SRE health check' (__gait_files .yaml .yml)" -d 'Rubric: a bundled name or a file'
complete -c gait -n '__fish_seen_subcommand_from migrate' -s o -l output -r -F -d 'Write to FILE, not over the answers file'
complete -c gait -n '__fish_seen_subcommand_from migrate' -F

# gait init
complete -c gait -n '__fish_seen_subcommand_from init' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from init' -s r -l rubric -x -a "sre\t'Bundled: SRE maturity model (default)' health-check\t'Bundled: short SRE health check' (__gait_files .yaml .yml)" -d 'Rubric: a bundled name or a file'
complete -c gait -n '__fish_seen_subcommand_from init' -s o -l output -r -F -d 'Write to FILE, not stdout'
complete -c gait -n '__fish_seen_subcommand_from init' -s t -l team -x -d "The team's name"
complete -c gait -n '__fish_seen_subcommand_from init' -l force -d 'Overwrite the output file if it exists'
complete -c gait -n '__fish_seen_subcommand_from init' -l respondent -x -d 'Who will fill it in'

# gait report REPORT.json
complete -c gait -n '__fish_seen_subcommand_from report' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from report' -s f -l format -x -a 'text markdown html json' -d 'Output format'
complete -c gait -n '__fish_seen_subcommand_from report' -s o -l output -r -F -d 'Write to FILE, atomically, not to stdout'
complete -c gait -n '__fish_seen_subcommand_from report' -l fail-below -x -a 'crawl walk run' -d 'Exit 1 when the placement is below PHASE'
complete -c gait -n '__fish_seen_subcommand_from report' -l fail-below-target -d 'Exit 1 when a target whose date has passed is not met'
complete -c gait -n '__fish_seen_subcommand_from report' -l color -x -a 'auto always never' -d 'When to color the output'
complete -c gait -n '__fish_seen_subcommand_from report' -a '(__gait_files .json)'

# gait compare OLD NEW
complete -c gait -n '__fish_seen_subcommand_from compare' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from compare' -s r -l rubric -x -a "sre\t'Bundled: SRE maturity model (default)' health-check\t'Bundled: short SRE health check' (__gait_files .yaml .yml)" -d 'Rubric to score answers files with'
complete -c gait -n '__fish_seen_subcommand_from compare' -s f -l format -x -a 'text markdown html json' -d 'Output format'
complete -c gait -n '__fish_seen_subcommand_from compare' -s o -l output -r -F -d 'Write to FILE, atomically, not to stdout'
complete -c gait -n '__fish_seen_subcommand_from compare' -l fail-on-regression -d "Exit 1 when NEW's placement, or an area's, is below OLD's"
complete -c gait -n '__fish_seen_subcommand_from compare' -l color -x -a 'auto always never' -d 'When to color the output'
complete -c gait -n '__fish_seen_subcommand_from compare' -a '(__gait_files .yaml .yml .json)'

# gait plan FILE|DIR...
complete -c gait -n '__fish_seen_subcommand_from plan' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from plan' -s r -l rubric -x -a "sre\t'Bundled: SRE maturity model (default)' health-check\t'Bundled: short SRE health check' (__gait_files .yaml .yml)" -d 'Rubric to score answers files with'
complete -c gait -n '__fish_seen_subcommand_from plan' -s f -l format -x -a 'markdown csv json junit' -d 'Output format'
complete -c gait -n '__fish_seen_subcommand_from plan' -s o -l output -r -F -d 'Write to FILE, atomically, not to stdout'
complete -c gait -n '__fish_seen_subcommand_from plan' -l plan -x -a '(__gait_files .yaml .yml)' -d 'The plan file kept across runs'
complete -c gait -n '__fish_seen_subcommand_from plan' -a '(__gait_files .yaml .yml .json)'

# gait aggregate FILE|DIR...
complete -c gait -n '__fish_seen_subcommand_from aggregate' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -s r -l rubric -x -a "sre\t'Bundled: SRE maturity model (default)' health-check\t'Bundled: short SRE health check' (__gait_files .yaml .yml)" -d 'Rubric to score answers files with'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -s f -l format -x -a 'text markdown html json csv' -d 'Output format'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -s o -l output -r -F -d 'Write to FILE, atomically, not to stdout'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -s k -l keep-going -d 'Exit 0 even when some files cannot be read'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -l all -d 'Count every file, not only the latest of each team'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -l follow-symlinks -d 'Read symbolic links found in a directory'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -l top -x -d 'Shared gaps to list (0 for all; default 10)'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -s j -l jobs -x -d 'Files to read at once (default: one per core)'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -l by -x -d 'Group teams by their tags that start with PREFIX'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -l reports-dir -x -a '(__fish_complete_directories)' -d 'Write the team reports and an index.html into DIR'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -l color -x -a 'auto always never' -d 'When to color the output'
complete -c gait -n '__fish_seen_subcommand_from aggregate' -a '(__gait_files .yaml .yml .json)'

# gait trend FILE|DIR... | --git PATH
complete -c gait -n '__fish_seen_subcommand_from trend' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from trend' -l git -x -a '(__gait_files .yaml .yml .json)' -d 'Read the git history of this answers file or directory'
complete -c gait -n '__fish_seen_subcommand_from trend' -l since -x -d 'With --git: only commits on or after DATE'
complete -c gait -n '__fish_seen_subcommand_from trend' -l max -x -d 'With --git: only the latest N commits with a version that reads'
complete -c gait -n '__fish_seen_subcommand_from trend' -s r -l rubric -x -a "sre\t'Bundled: SRE maturity model (default)' health-check\t'Bundled: short SRE health check' (__gait_files .yaml .yml)" -d 'Rubric to score answers files with'
complete -c gait -n '__fish_seen_subcommand_from trend' -s f -l format -x -a 'text markdown html json' -d 'Output format'
complete -c gait -n '__fish_seen_subcommand_from trend' -s o -l output -r -F -d 'Write to FILE, atomically, not to stdout'
complete -c gait -n '__fish_seen_subcommand_from trend' -l fail-on-regression -d 'Exit 1 when the latest placement, or an area'"'"'s, fell'
complete -c gait -n '__fish_seen_subcommand_from trend' -s k -l keep-going -d 'Exit 0 even when some files cannot be read'
complete -c gait -n '__fish_seen_subcommand_from trend' -l follow-symlinks -d 'Read symbolic links found in a directory'
complete -c gait -n '__fish_seen_subcommand_from trend' -l color -x -a 'auto always never' -d 'When to color the output'
complete -c gait -n '__fish_seen_subcommand_from trend' -a '(__gait_files .yaml .yml .json)'

# gait rubric show|list|lint
complete -c gait -n '__fish_seen_subcommand_from rubric; and not __fish_seen_subcommand_from show list lint export' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from rubric; and not __fish_seen_subcommand_from show list lint export' -a show -d 'Print a rubric: phases, areas, questions'
complete -c gait -n '__fish_seen_subcommand_from rubric; and not __fish_seen_subcommand_from show list lint export' -a list -d 'List the bundled rubrics'
complete -c gait -n '__fish_seen_subcommand_from rubric; and not __fish_seen_subcommand_from show list lint export' -a lint -d 'Check a rubric and report every problem'
complete -c gait -n '__fish_seen_subcommand_from rubric; and not __fish_seen_subcommand_from show list lint export' -a export -d "Write a bundled rubric's YAML, to start one of your own"

# gait rubric show [FILE]
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from show' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from show' -s r -l rubric -x -a "sre\t'Bundled: SRE maturity model (default)' health-check\t'Bundled: short SRE health check' (__gait_files .yaml .yml)" -d 'Rubric: a bundled name or a file'
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from show' -l color -x -a 'auto always never' -d 'When to color the output'
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from show' -a '(__gait_files .yaml .yml)'

# gait rubric list
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from list' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from list' -l color -x -a 'auto always never' -d 'When to color the output'

# gait rubric lint [FILE]
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from lint' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from lint' -s r -l rubric -x -a "sre\t'Bundled: SRE maturity model (default)' health-check\t'Bundled: short SRE health check' (__gait_files .yaml .yml)" -d 'Rubric: a bundled name or a file'
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from lint' -l color -x -a 'auto always never' -d 'When to color the output'
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from lint' -a '(__gait_files .yaml .yml)'

# gait rubric export [NAME]
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from export' -s h -l help -d 'Print help and exit'
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from export' -s o -l output -x -a '(__gait_files .yaml .yml)' -d 'Write to FILE, atomically, not to stdout'
complete -c gait -n '__fish_seen_subcommand_from rubric; and __fish_seen_subcommand_from export' -a "sre\t'Bundled: SRE maturity model (default)' health-check\t'Bundled: short SRE health check'"
