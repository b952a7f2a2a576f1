#!/usr/bin/env python3
"""Under load (issue 8): many commands in one koers process, through a pipe and through a
pseudo-terminal, recording resident memory (VmRSS from /proc) and time per command. It asserts
nothing: it prints the record that docs/performance.md quotes.

    scripts/soak.py KOERS [GOALS] [--commands 1000] [--interactive 500]
"""
import argparse, os, pty, re, select, statistics, subprocess, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOALS = ["digitaal-90-procent-2026", "meer-volume-online", "wcag-2-1-vanaf-september-2020", "kanaalsturing",
         "digitale-vaardigheden-in-kaart", "online-dienstverlening-verbeteren"]
METRICS = ["digitale_aanvragen", "unieke_bezoekers", "aandeel_digitaal_klantcontact", "e_formulieren"]


def script(count):
    """A fixed mix of what a council member and staff type, `count` commands long."""
    cycle = []
    for index in range(max(GOALS.__len__(), METRICS.__len__())):
        goal, metric = GOALS[index % len(GOALS)], METRICS[index % len(METRICS)]
        cycle += ["status", f"show {goal}", f"why {goal}", f"trend {metric}", "goals", "metrics",
                  "check", "explain no-target", "asof 2021", "status", "asof latest", f"diff 2020 2023",
                  "lang nl", "status", "lang en", "help status", "report --format markdown"]
    return [cycle[i % len(cycle)] for i in range(count)]


def rss_kb(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def piped(koers, goals, count):
    """All commands at once on standard input; VmRSS sampled while it works, VmHWM at the end."""
    commands = script(count)
    start = time.perf_counter()
    child = subprocess.Popen([koers, "--keep-going", goals], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    child.stdin.write(("\n".join(commands) + "\n").encode())
    child.stdin.close()
    samples = []
    while child.poll() is None:
        try:
            samples.append(rss_kb(child.pid))
        except (FileNotFoundError, ProcessLookupError):
            break
        time.sleep(0.01)
    seconds = time.perf_counter() - start
    return seconds, samples, child.returncode


def interactive(koers, goals, count):
    """One command at a time on a pseudo-terminal, each timed from Enter to the next prompt."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm"
        os.execv(koers, [koers, goals])

    def until_prompt():
        seen = b""
        # The prompt ends in "> ", perhaps wrapped in colour codes.
        while not re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen[-400:]).endswith(b"> "):
            ready, _, _ = select.select([fd], [], [], 30)
            if not ready:
                raise SystemExit(f"no prompt; last output: {seen[-300:]!r}")
            seen += os.read(fd, 65536)
        return seen

    until_prompt()
    times, sizes, memory = [], [], [(0, rss_kb(pid))]
    for index, command in enumerate(script(count), 1):
        start = time.perf_counter()
        os.write(fd, command.encode() + b"\r")
        sizes.append(len(until_prompt()))
        times.append(time.perf_counter() - start)
        if index % 50 == 0:
            memory.append((index, rss_kb(pid)))
    os.write(fd, b"quit\r")
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    _, status, _ = os.wait4(pid, 0)
    return times, sizes, memory, os.waitstatus_to_exitcode(status)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("koers")
    parser.add_argument("goals", nargs="?", default=os.path.join(ROOT, "goals", "almelo"))
    parser.add_argument("--commands", type=int, default=1000)
    parser.add_argument("--interactive", type=int, default=500)
    args = parser.parse_args()

    short_s, short_rss, _ = piped(args.koers, args.goals, args.commands // 10)
    long_s, long_rss, code = piped(args.koers, args.goals, args.commands)
    per_command = (long_s - short_s) / (args.commands - args.commands // 10)
    print(f"piped: {args.commands} commands in {long_s:.2f} s (exit code {code}); "
          f"{args.commands // 10} commands in {short_s:.2f} s; {per_command * 1000:.2f} ms per command")
    print(f"piped: peak VmRSS {max(short_rss, default=0) / 1024:.1f} MB after {args.commands // 10} commands, "
          f"{max(long_rss, default=0) / 1024:.1f} MB after {args.commands}")
    if long_rss:
        tenth = max(1, len(long_rss) // 10)
        print(f"piped: VmRSS over the run (MB, every tenth of the samples): "
              + " ".join(f"{kb / 1024:.1f}" for kb in long_rss[::tenth]))

    times, sizes, memory, code = interactive(args.koers, args.goals, args.interactive)
    first, last = times[:50], times[-50:]
    print(f"pty: {len(times)} commands (exit code {code}); median per command {statistics.median(times) * 1000:.1f} ms, "
          f"first 50 {statistics.median(first) * 1000:.1f} ms, last 50 {statistics.median(last) * 1000:.1f} ms, "
          f"slowest {max(times) * 1000:.1f} ms; {sum(sizes) / 1e6:.1f} MB of output read")
    print("pty: VmRSS (MB) after N commands: " + ", ".join(f"{n}: {kb / 1024:.1f}" for n, kb in memory))


main()
