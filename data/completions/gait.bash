# bash completion for gait(1), the SRE maturity self-assessment.
#
# Install as /usr/share/bash-completion/completions/gait, or source it from
# ~/.bashrc. It needs bash 4 and nothing from the bash-completion package.
# tests/cli/check_docs.py keeps it in step with 'gait COMMAND --help'.

# The bundled rubrics, for --rubric.
_gait_rubric_names="sre health-check"

# Adds to COMPREPLY the directories and the files that end in one of the
# suffixes (.yaml, ...) matching the word CUR; with no suffix, every file.
# Usage: _gait_files CUR [SUFFIX...]
_gait_files() {
    local cur=$1 path suffix
    shift
    local IFS=$'\n'
    for path in $(compgen -d -- "$cur"); do
        COMPREPLY+=("$path")
    done
    for path in $(compgen -f -- "$cur"); do
        [[ -d $path ]] && continue
        if (($# == 0)); then
            COMPREPLY+=("$path")
            continue
        fi
        for suffix in "$@"; do
            if [[ $path == *"$suffix" ]]; then
                COMPREPLY+=("$path")
                break
            fi
        done
    done
    # Let readline quote names and append / to directories; only possible
    # while readline runs a completion, so quiet when called otherwise.
    compopt -o filenames 2>/dev/null
    return 0
}

# Adds to COMPREPLY the words of LIST that start with CUR.
# Usage: _gait_words CUR LIST
_gait_words() {
    local IFS=$' \t\n' word
    for word in $(compgen -W "$2" -- "$1"); do
        COMPREPLY+=("$word")
    done
}

_gait() {
    COMPREPLY=()
    local cur="" prev=""
    ((COMP_CWORD >= 0)) && cur=${COMP_WORDS[COMP_CWORD]}
    ((COMP_CWORD >= 1)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # --option=value: bash splits it at '=' (COMP_WORDBREAKS) into '--option' '=' 'value'.
    if [[ $cur == "=" ]]; then
        cur=""
    elif [[ $prev == "=" ]] && ((COMP_CWORD >= 2)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        cur=${cur#*=}
    fi

    # The options that take a value, for every command; their values are
    # neither the command nor a positional argument.
    local valued="-a --answers -r --rubric -f --format -o --output --fail-below --color
        --save -t --team --top -j --jobs --git --since --max --merge --respondent"

    # The command (and for rubric, its command) is the first word that is not
    # an option or an option's value.
    local command="" sub="" word i
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        [[ $word == "=" ]] && { ((i++)); continue; }
        case $word in
            --*=*) continue ;;
            -*)
                [[ " ${valued//$'\n'/ } " == *" $word "* && ${COMP_WORDS[i + 1]} != "=" ]] && ((i++))
                continue
                ;;
        esac
        if [[ -z $command ]]; then
            command=$word
        elif [[ ($command == rubric || $command == help) && -z $sub ]]; then
            sub=$word
        fi
    done

    local options formats="text markdown html json" positional=""
    case $command in
        "")
            options="-h --help --version"
            if [[ $cur != -* ]]; then
                _gait_words "$cur" "assess init report compare aggregate trend migrate plan rubric help version"
                return 0
            fi
            ;;
        assess)
            options="-h --help -a --answers -r --rubric -f --format -o --output --fail-below
                --fail-below-target --color --strict --save -t --team --restart --merge --respondent"
            positional=answers
            ;;
        help)
            options="-h --help"
            if [[ $cur != -* ]]; then
                if [[ $sub == rubric ]]; then
                    _gait_words "$cur" "show list lint export"
                elif [[ -z $sub ]]; then
                    _gait_words "$cur" "assess init report compare aggregate trend migrate plan rubric help version"
                fi
                return 0
            fi
            ;;
        version)
            options="-h --help"
            ;;
        init)
            options="-h --help -r --rubric -o --output -t --team --force --respondent"
            ;;
        migrate)
            options="-h --help -r --rubric -o --output"
            positional=answers
            ;;
        report)
            options="-h --help -f --format -o --output --fail-below --fail-below-target --color"
            positional=report
            ;;
        compare)
            options="-h --help -r --rubric -f --format -o --output --fail-on-regression --color"
            positional=answers
            ;;
        trend)
            options="-h --help --git --since --max -r --rubric -f --format -o --output
                --fail-on-regression -k --keep-going --follow-symlinks --color"
            positional=answers
            ;;
        aggregate)
            options="-h --help -r --rubric -f --format -o --output -k --keep-going --all --follow-symlinks --top
                -j --jobs --by --reports-dir --color"
            formats="text markdown html json csv"
            positional=answers
            ;;
        plan)
            options="-h --help -r --rubric -f --format -o --output --plan"
            formats="markdown csv json junit"
            positional=answers
            ;;
        rubric)
            case $sub in
                "")
                    options="-h --help"
                    if [[ $cur != -* ]]; then
                        _gait_words "$cur" "show list lint export"
                        return 0
                    fi
                    ;;
                show | lint)
                    options="-h --help -r --rubric --color"
                    positional=rubric
                    ;;
                list)
                    options="-h --help --color"
                    ;;
                export)
                    options="-h --help -o --output"
                    positional=bundled
                    ;;
                *) return 0 ;;
            esac
            ;;
        *) return 0 ;;
    esac

    # The value of the option before the cursor.
    case $prev in
        -f | --format)
            _gait_words "$cur" "$formats"
            return 0
            ;;
        --color)
            _gait_words "$cur" "auto always never"
            return 0
            ;;
        --fail-below)
            _gait_words "$cur" "crawl walk run"
            return 0
            ;;
        -r | --rubric)
            _gait_words "$cur" "$_gait_rubric_names"
            _gait_files "$cur" .yaml .yml
            return 0
            ;;
        -a | --answers)
            _gait_files "$cur" .yaml .yml .json
            return 0
            ;;
        --save | --plan)
            _gait_files "$cur" .yaml .yml
            return 0
            ;;
        -o | --output)
            _gait_files "$cur"
            return 0
            ;;
        --git)
            _gait_files "$cur" .yaml .yml .json
            return 0
            ;;
        --merge)
            _gait_words "$cur" "median min mean"
            return 0
            ;;
        -t | --team | --top | -j | --jobs | --since | --max | --respondent | --by)
            return 0
            ;;
        --reports-dir)
            _gait_files "$cur" /  # no file name ends with /: directories only
            return 0
            ;;
    esac

    if [[ $cur == -* ]]; then
        if [[ $cur == --* ]]; then
            local long="" option
            for option in $options; do
                [[ $option == --* ]] && long+=" $option"
            done
            options=$long
        fi
        _gait_words "$cur" "$options"
        return 0
    fi

    case $positional in
        report) _gait_files "$cur" .json ;;
        answers) _gait_files "$cur" .yaml .yml .json ;;
        rubric) _gait_files "$cur" .yaml .yml ;;
        bundled) _gait_words "$cur" "$_gait_rubric_names" ;;
        *) _gait_words "$cur" "$options" ;;
    esac
    return 0
}

complete -F _gait gait
