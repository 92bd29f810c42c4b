# bash completion for gateway-doctor                               -*- shell-script -*-
# Commands and their options are read from the program's own --help, so this file
# never falls behind it; --ssh completes hosts from ~/.ssh/config and known_hosts,
# `practice start` the scenario ids from `gateway-doctor practice list --json`.

_gateway_doctor_commands="diagnose fix reload restart-upstream monitor rollback practice"
_gateway_doctor_fix_commands="apply timeouts max-children"
_gateway_doctor_practice_commands="list start status hint answer service check solve debrief stop"

# The options a command's --help lists, one per line ("--url", "-o", ...).
_gateway_doctor_options()
{
    local prog=$1
    shift
    LC_ALL=C "$prog" "$@" --help 2>/dev/null |
        sed -n -E 's/^  (-[A-Za-z0-9], )?(--[A-Za-z0-9][A-Za-z0-9-]*).*/\1\2/p' |
        tr ',' '\n' | tr -d ' '
}

# The value an option takes, as its --help line names it ("URL", "FILE", "PATH", ...);
# nothing for an option that takes none.
_gateway_doctor_value_name()
{
    local prog=$1 option=$2
    shift 2
    LC_ALL=C "$prog" "$@" --help 2>/dev/null |
        sed -n -E "s/^  (-[A-Za-z0-9], )?(--[A-Za-z0-9][A-Za-z0-9-]*) <([^>]*)>.*/\1\2 \3/p" |
        awk -v o="$option" '{ for (i = 1; i < NF; i++) { w = $i; sub(/,$/, "", w); if (w == o) { print $NF; exit } } }'
}

# Hosts from ~/.ssh/config (Host lines without wildcards) and known_hosts (unhashed).
_gateway_doctor_ssh_hosts()
{
    local config=${HOME}/.ssh/config known=${HOME}/.ssh/known_hosts
    if [ -r "$config" ]; then
        awk 'tolower($1) == "host" { for (i = 2; i <= NF; i++) if ($i !~ /[*?!]/) print $i }' "$config"
    fi
    if [ -r "$known" ]; then
        awk '$1 !~ /^[|#@]/ { n = split($1, names, ","); for (i = 1; i <= n; i++) {
                 h = names[i]; if (h ~ /^\[/) { sub(/^\[/, "", h); sub(/\]:.*/, "", h) } print h } }' "$known"
    fi
}

_gateway_doctor_scenarios()
{
    LC_ALL=C "$1" practice list --json 2>/dev/null | grep -o -E '"id": *"[^"]+"' | sed -E 's/.*"([^"]+)"$/\1/'
}

_gateway_doctor()
{
    local cur prev prog=${COMP_WORDS[0]}
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # The command words typed so far (everything before the first option).
    local -a command=()
    local i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        [[ $word == -* ]] && break
        command+=("$word")
    done

    local value
    if [[ $prev == -* ]] && value=$(_gateway_doctor_value_name "$prog" "$prev" "${command[@]}") &&
        [ -n "$value" ]; then
        case $prev in
            --ssh)
                local user=""
                if [[ $cur == *@* ]]; then user=${cur%%@*}@; fi
                COMPREPLY=($(compgen -P "$user" -W "$(_gateway_doctor_ssh_hosts | sort -u)" -- "${cur#*@}"))
                ;;
            --format)
                COMPREPLY=($(compgen -W "markdown html json" -- "$cur"))
                ;;
            --mode)
                COMPREPLY=($(compgen -W "guided practice exam" -- "$cur"))
                ;;
            *)
                case $value in
                    FILE | PATH | DIR | *FILE | *PATH) COMPREPLY=($(compgen -f -- "$cur")) ;;
                esac
                ;;
        esac
        return 0
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_gateway_doctor_options "$prog" "${command[@]}")" -- "$cur"))
        return 0
    fi

    case ${#command[@]} in
        0)
            COMPREPLY=($(compgen -W "$_gateway_doctor_commands" -- "$cur"))
            ;;
        1)
            case ${command[0]} in
                fix) COMPREPLY=($(compgen -W "$_gateway_doctor_fix_commands" -- "$cur")) ;;
                practice) COMPREPLY=($(compgen -W "$_gateway_doctor_practice_commands" -- "$cur")) ;;
            esac
            ;;
        2)
            case "${command[0]} ${command[1]}" in
                "practice start") COMPREPLY=($(compgen -W "$(_gateway_doctor_scenarios "$prog")" -- "$cur")) ;;
                "practice service") COMPREPLY=($(compgen -W "start stop restart reload" -- "$cur")) ;;
            esac
            ;;
    esac
    return 0
}

complete -F _gateway_doctor gateway-doctor
