#!/usr/bin/env python3
"""Runs koers's benchmarks and their anchors and prints a table per section (docs/performance.md).

    bench.py --koers BIN --bench BIN [--hello BIN] [--data DIR] [--svg FILE] SECTION...

Sections: startup (koers -c status goals/almelo and the first prompt, against a Swift
hello-world), national (the national file: koers whole process against polars, and koers's
work in process), small (the same on the small preset), million (status, check and
check --format json on a million goals, against the targets), scaling (whole-process cost per
row from 20 thousand to 20 million rows, with a log-log plot). Every process is started the
same way (fork and exec from here, standard output to /dev/null), timed from before the fork
to the return of wait4, and its peak memory is the kernel's ru_maxrss. Called by
scripts/bench, which builds the binaries and installs the anchors."""
import argparse, datetime, math, os, platform, pty, re, select, signal, statistics, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALMELO = os.path.join(ROOT, "goals", "almelo")
# The day koers judges as of, fixed so that runs on different days compare.
ENVIRONMENT = dict(os.environ, KOERS_TODAY="2026-12-07", LC_ALL="C.UTF-8")
MEMORY_CAP_MB = int(os.environ.get("BENCH_MEMORY_CAP_MB", "6144"))
TIME_CAP_S = float(os.environ.get("BENCH_TIME_CAP_S", "300"))
SCALE_ROWS = [20_000, 63_246, 200_000, 632_456, 2_000_000, 6_324_555, 20_000_000]


class Run:
    """One finished process: wall seconds, CPU seconds (user + system), peak kB, exit code,
    and why it was stopped (None when it ended by itself)."""

    def __init__(self, seconds, cpu, peak_kb, code, stopped=None):
        self.seconds, self.cpu, self.peak_kb, self.code, self.stopped = seconds, cpu, peak_kb, code, stopped


def run_once(argv, stdout=subprocess.DEVNULL, stdin=None, ok=(0,)):
    """Starts argv, waits for it with wait4 and returns a Run. A process that goes over the
    memory or time cap is killed (the machine is shared) and reported as stopped."""
    err = tempfile.TemporaryFile()
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                             stdout=stdout, stderr=err, env=ENVIRONMENT)
    stopped = []

    def watch():
        # Resident memory from /proc every 20 ms; the kernel's peak comes from wait4 afterwards.
        while child.returncode is None:
            try:
                with open(f"/proc/{child.pid}/status") as status:
                    rss = int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1))
            except (OSError, AttributeError):
                return
            elapsed = time.perf_counter() - start
            if rss > MEMORY_CAP_MB * 1024 or elapsed > TIME_CAP_S:
                stopped.append(f"stopped at {rss / 1024:.0f} MiB after {elapsed:.1f} s")
                child.kill()
                return
            time.sleep(0.02)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    if stdin is not None:
        child.stdin.write(stdin)
        child.stdin.close()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    watcher.join()
    code = child.returncode
    if not stopped and code not in ok:
        err.seek(0)
        sys.exit(f"failed ({code}): {' '.join(argv)}\n{err.read().decode(errors='replace')[-2000:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code, stopped[0] if stopped else None)


def until_prompt(argv, marker):
    """Seconds from fork to the first appearance of `marker` on a pseudo-terminal; then the
    process is told to quit. Returns a Run (CPU time and peak memory of the whole session)."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, ENVIRONMENT)
    seen = b""
    while marker not in re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen):
        ready, _, _ = select.select([fd], [], [], 10)
        if not ready:
            sys.exit(f"no prompt from {argv}")
        try:
            seen += os.read(fd, 4096)
        except OSError:
            break
    seconds = time.perf_counter() - start
    try:
        os.write(fd, b"quit\r")
    except OSError:
        pass
    while True:
        try:
            if not os.read(fd, 4096):
                break
        except OSError:
            break
    _, status, usage = os.wait4(pid, 0)
    os.close(fd)
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status))


def interleaved(pairs, *commands):
    """Runs the commands in turn, `pairs` rounds (A B A B …, so that the machine's moods fall on
    all of them alike), and returns a list of Runs per command."""
    runs = [[] for _ in commands]
    for _ in range(pairs):
        for index, command in enumerate(commands):
            runs[index].append(command())
    return runs


def median(runs, field="seconds"):
    return statistics.median(getattr(run, field) for run in runs)


def peak(runs):
    return max(run.peak_kb for run in runs)


def fmt(seconds):
    return f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.2f} s"


def mib(kb):
    return f"{kb / 1024:.1f}"


def header(title, runs_note):
    load = os.getloadavg()
    commit = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h %s"], capture_output=True, text=True).stdout.strip()
    model = open("/proc/cpuinfo").read().split("model name")[1].split(":")[1].splitlines()[0].strip()
    memory = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1)) / 1024 / 1024
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    print(f"## {title}")
    print()
    print(f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC; {model}, {os.cpu_count()} cores, {memory:.0f} GiB, "
          f"{platform.system()} {platform.release()}; {swift[0] if swift else 'swift ?'}; load average {load[0]:.1f} at the start; "
          f"commit {commit[:70]}")
    print(f"{runs_note}; peak memory is the kernel's ru_maxrss, the largest of the runs.")
    print()


def generate(bench, preset, directory, rows=None):
    """Writes the data set once (the generator is deterministic)."""
    if os.path.isfile(os.path.join(directory, "national.csv")) and os.path.isfile(os.path.join(directory, "national.koers")):
        return
    argv = [bench, "generate", "--preset", preset, "--out", directory] + (["--rows", str(rows)] if rows else [])
    print(f"(generating {directory})", file=sys.stderr)
    subprocess.run(argv, check=True, stdout=sys.stderr)


def data_rows(csv):
    """Data rows of a generated CSV: its lines minus the header."""
    with open(csv, "rb") as file:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: file.read(1 << 24), b"")) - 1


# ---------------------------------------------------------------------------------------------
# startup

def section_startup(args):
    pairs = int(os.environ.get("BENCH_STARTUP_PAIRS", "41"))
    header("Start-up: koers on the Almelo sample against a Swift hello-world (Foundation)",
           f"{pairs} interleaved pairs, medians")
    hello_static = args.hello_static or args.hello
    status_runs, hello_runs, static_runs = interleaved(
        pairs, lambda: run_once([args.koers, "-c", "status", ALMELO]), lambda: run_once([args.hello]),
        lambda: run_once([hello_static]))
    prompt_runs, hello_prompt_runs, static_prompt_runs = interleaved(
        max(pairs // 4, 5), lambda: until_prompt([args.koers, ALMELO], b")> "),
        lambda: until_prompt([args.hello], b"hello"), lambda: until_prompt([hello_static], b"hello"))
    print("| work | koers wall | koers CPU | koers peak MiB | anchor | anchor wall | anchor CPU | anchor peak MiB | wall ratio | CPU ratio | target |")
    print("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---|")
    for work, koers, anchor_name, anchor, target in [
            ("koers -c status goals/almelo", status_runs, "hello-world (swiftc -O)", hello_runs, "≤ 1.5×"),
            ("koers -c status goals/almelo", status_runs, "hello-world built as koers (static runtime)", static_runs, "–"),
            ("start to first prompt (pty)", prompt_runs, "hello-world (swiftc -O)", hello_prompt_runs, "–"),
            ("start to first prompt (pty)", prompt_runs, "hello-world built as koers (static runtime)", static_prompt_runs, "–")]:
        kw, kc, aw, ac = median(koers), median(koers, "cpu"), median(anchor), median(anchor, "cpu")
        print(f"| {work} | {fmt(kw)} | {fmt(kc)} | {mib(peak(koers))} | {anchor_name} | {fmt(aw)} | {fmt(ac)} | {mib(peak(anchor))} "
              f"| {kw / aw:.2f}× | {kc / ac:.2f}× | {target} |")
    fastest = min(run.seconds for run in status_runs) / min(run.seconds for run in hello_runs)
    print()
    print(f"fastest runs: koers {fmt(min(r.seconds for r in status_runs))}, hello-world {fmt(min(r.seconds for r in hello_runs))} ({fastest:.2f}×)")
    print()


# ---------------------------------------------------------------------------------------------
# national

SQLITE_QUERY = """
.mode csv
.separator ;
.import '{csv}' t
CREATE TEMP VIEW v AS SELECT gemeente AS g, indicator AS m, periode AS p,
  CAST(replace(replace(waarde, '.', ''), ',', '.') AS REAL) AS x FROM t;
CREATE TEMP TABLE latest AS SELECT g, m, max(p) AS p, x FROM v GROUP BY g, m;
CREATE TEMP TABLE base AS SELECT g, m, max(p) AS p, x FROM v WHERE p LIKE '2020%' GROUP BY g, m;
SELECT count(*), sum(latest.x - base.x) FROM latest JOIN base USING (g, m);
"""

POLARS_SCRIPT = """
import sys, polars as pl
frame = pl.read_csv(sys.argv[1], separator=";", infer_schema=False)
frame = frame.with_columns(pl.col("waarde").str.replace_all(".", "", literal=True)
                           .str.replace(",", ".", literal=True).cast(pl.Float64).alias("x"))
frame = frame.sort(["gemeente", "indicator", "periode"])
latest = frame.group_by(["gemeente", "indicator"]).agg(pl.col("x").last().alias("latest"))
base = (frame.filter(pl.col("periode").str.starts_with("2020"))
        .group_by(["gemeente", "indicator"]).agg(pl.col("x").last().alias("base")))
joined = latest.join(base, on=["gemeente", "indicator"]).with_columns((pl.col("latest") - pl.col("base")).alias("change"))
print(joined.height, joined["change"].sum())
"""


def measure(bench, work, path, runs, processes):
    """koers-bench measure in fresh processes: the median of the in-process medians, and the peak."""
    medians, peaks = [], []
    for _ in range(processes):
        child = subprocess.run([bench, "measure", work, path, "--runs", str(runs)], capture_output=True, env=ENVIRONMENT)
        if child.returncode != 0:
            sys.exit(f"koers-bench measure {work} failed:\n{child.stderr.decode(errors='replace')[-2000:]}")
        fields = dict(part.split("=", 1) for part in child.stdout.decode().split() if "=" in part)
        medians.append(float(fields["median_seconds"]))
        peaks.append(int(fields["peak_kb"]))
    return statistics.median(medians), max(peaks)


def section_national(args, preset="national"):
    pairs = int(os.environ.get("BENCH_PAIRS", "7"))
    data = os.path.join(args.data, preset)
    generate(args.bench, preset, data)
    csv, goals = os.path.join(data, "national.csv"), os.path.join(data, "national.koers")
    csv_bytes = os.path.getsize(csv)
    header(f"The {preset} file ({csv_bytes / 1e6:.1f} MB of CSV, {os.path.getsize(goals) / 1e6:.1f} MB of goal file)",
           f"whole processes: {pairs} interleaved pairs, medians; in process: koers-bench measure")

    # The answers first, once, so that the timed runs can send everything to /dev/null.
    polars_answer = subprocess.run([sys.executable, "-c", POLARS_SCRIPT, csv], capture_output=True, text=True, check=True).stdout.strip()
    sqlite_answer = subprocess.run(["sqlite3", ":memory:"], input=SQLITE_QUERY.format(csv=csv), capture_output=True, text=True, check=True).stdout.strip()

    koers_runs, polars_runs = interleaved(pairs, lambda: run_once([args.koers, "-c", "status", goals]),
                                          lambda: run_once([sys.executable, "-c", POLARS_SCRIPT, csv]))
    sqlite_runs = [run_once(["sqlite3", ":memory:"], stdin=SQLITE_QUERY.format(csv=csv).encode()) for _ in range(3)]
    # check ends with 1 when it finds something, which on this file it does.
    check_runs = [run_once([args.koers, "-c", "check", goals], ok=(0, 1)) for _ in range(3)]

    load_s, load_kb = measure(args.bench, "load", goals, 1, pairs)
    check_s, check_kb = measure(args.bench, "check", goals, 5, 1)
    complete_s, complete_kb = measure(args.bench, "complete", goals, 200, 1)
    parse_s, parse_kb = measure(args.bench, "parse", goals, 5, 1)
    status_s, status_kb = median(koers_runs), peak(koers_runs)
    polars_s, polars_kb = median(polars_runs), peak(polars_runs)

    versions = subprocess.run([sys.executable, "-c", "import polars, sys; print(polars.__version__, sys.version.split()[0])"],
                              capture_output=True, text=True).stdout.split()
    sqlite_version = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[:1]
    print(f"polars {versions[0]} (Python {versions[1]}), sqlite {sqlite_version[0] if sqlite_version else '?'}")
    print(f"polars says {polars_answer}; sqlite3 says {sqlite_answer}")
    print()
    print("| work | koers | koers peak MiB | anchor | anchor | anchor peak MiB | koers / anchor | target |")
    print("|---|---:|---:|---|---:|---:|---:|---|")
    rows = [
        ("koers -c status national.koers > /dev/null", status_s, status_kb, "polars read + aggregate (whole process)", polars_s, polars_kb, "≤ 0.5×"),
        ("koers -c status national.koers > /dev/null", status_s, status_kb, "sqlite3 .import + query (whole process, 3 runs)", median(sqlite_runs), peak(sqlite_runs), "–"),
        ("koers -c check national.koers > /dev/null (3 runs)", median(check_runs), peak(check_runs), "koers -c status, whole process", status_s, status_kb, "–"),
        ("load + evaluate (in process)", load_s, load_kb, "polars read + aggregate (whole process)", polars_s, polars_kb, "–"),
        ("check of all goals (in process)", check_s, check_kb, "its load + evaluate", load_s, load_kb, "≤ 0.1×"),
        ("parse the goal file (in process)", parse_s, parse_kb, "its load + evaluate", load_s, load_kb, f"≥ 150 MB/s: {os.path.getsize(goals) / parse_s / 1e6:.0f} MB/s"),
        ("one TAB completion, all loaded", complete_s, complete_kb, "5 ms", 0.005, None, "≤ 1×"),
    ]
    for work, ks, kkb, anchor, a_s, akb, target in rows:
        print(f"| {work} | {fmt(ks)} | {mib(kkb)} | {anchor} | {fmt(a_s)} | {mib(akb) if akb else '–'} | {ks / a_s:.2f}× | {target} |")
    print()
    print(f"peak memory / CSV size: koers -c status (whole process) {status_kb * 1024 / csv_bytes:.2f}× (target ≤ 1.5×), "
          f"load + evaluate in process {load_kb * 1024 / csv_bytes:.2f}×; polars {polars_kb * 1024 / csv_bytes:.2f}×")
    spread = sorted(k.seconds / p.seconds for k, p in zip(koers_runs, polars_runs))
    print(f"koers / polars per pair: {', '.join(f'{ratio:.2f}' for ratio in spread)}")
    print()


# ---------------------------------------------------------------------------------------------
# million

def section_million(args):
    runs = int(os.environ.get("BENCH_MILLION_RUNS", "3"))
    data = os.path.join(args.data, "million")
    generate(args.bench, "million", data)
    goals = os.path.join(data, "national.koers")
    csv = os.path.join(data, "national.csv")
    header(f"A million goals ({os.path.getsize(csv) / 1e6:.0f} MB of CSV, {os.path.getsize(goals) / 1e6:.0f} MB of goal file)",
           f"whole processes, {runs} rounds of the three commands in turn, medians; a run is stopped above "
           f"{MEMORY_CAP_MB} MiB or {TIME_CAP_S:.0f} s")
    commands = [("status", [args.koers, "-c", "status", goals], 4.0),
                ("check", [args.koers, "-c", "check", goals], 8.0),
                ("check --format json", [args.koers, "-c", "check --format json", goals], 8.0)]
    results = interleaved(runs, *[(lambda argv=argv: run_once(argv, ok=(0, 1))) for _, argv, _ in commands])
    print("| koers -c … > /dev/null | wall (median) | CPU (median) | peak MiB | time target | memory target | met? |")
    print("|---|---:|---:|---:|---|---|---|")
    for (name, _, seconds_target), runs_of in zip(commands, results):
        stopped = [run.stopped for run in runs_of if run.stopped]
        wall, cpu, kb = median(runs_of), median(runs_of, "cpu"), peak(runs_of)
        met = f"no: {stopped[0]}" if stopped else ("yes" if wall < seconds_target and kb * 1024 < 1e9 else "no")
        print(f"| {name} | {fmt(wall)} | {fmt(cpu)} | {mib(kb)} | < {seconds_target:.0f} s | < 1 GB | {met} |")
    print()


# ---------------------------------------------------------------------------------------------
# scaling

def section_scaling(args):
    sizes = [int(size) for size in os.environ.get("BENCH_SCALE_ROWS", ",".join(map(str, SCALE_ROWS))).split(",")]
    runs = int(os.environ.get("BENCH_SCALE_RUNS", "3"))
    for rows in sizes:
        generate(args.bench, "scale", os.path.join(args.data, f"scale-{rows}"), rows)
    header(f"Scaling: koers -c status on national's kind of data, {sizes[0]:,} to {sizes[-1]:,} rows",
           f"whole processes, {runs} rounds over all sizes in turn, medians; start-up is koers -c status on a goal file "
           f"without data ({runs * 3} runs)")
    empty = os.path.join(args.data, "scale-empty.koers")
    with open(empty, "w") as file:
        file.write("metric m001\n    title \"Indicator 1\"\n    unit count\n")
    startup = median([run_once([args.koers, "-c", "status", empty]) for _ in range(runs * 3)])
    points = []
    commands = [(lambda rows=rows: run_once([args.koers, "-c", "status", os.path.join(args.data, f"scale-{rows}", "national.koers")])) for rows in sizes]
    results = interleaved(runs, *commands)
    print("| rows asked | rows | goals | CSV MB | wall (median) | peak MiB | µs per row | µs per row above start-up | bytes of peak per row |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for rows, runs_of in zip(sizes, results):
        directory = os.path.join(args.data, f"scale-{rows}")
        written = data_rows(os.path.join(directory, "national.csv"))
        with open(os.path.join(directory, "national.koers"), "rb") as goal_file:
            goals = goal_file.read().count(b"\ngoal g")
        wall, kb = median(runs_of), peak(runs_of)
        per_row, above = wall / written * 1e6, (wall - startup) / written * 1e6
        points.append((written, per_row, above, kb * 1024 / written))
        print(f"| {rows:,} | {written:,} | {goals:,} | {os.path.getsize(os.path.join(directory, 'national.csv')) / 1e6:.1f} "
              f"| {fmt(wall)} | {mib(kb)} | {per_row:.3f} | {above:.3f} | {kb * 1024 / written:.0f} |")
    print()
    print(f"start-up (koers -c status of a goal file without data): {fmt(startup)}")
    for name, column in [("whole process", 1), ("above start-up", 2)]:
        costs = [point[column] for point in points]
        spread = max(costs) / min(costs)
        print(f"cost per row, {name}: {min(costs):.3f}–{max(costs):.3f} µs, highest / lowest {spread:.2f}× "
              f"(target: constant within 1.5×: {'met' if spread <= 1.5 else 'not met'})")
    if args.svg:
        write_plot(args.svg, points, startup)
        print(f"plot: {os.path.relpath(args.svg, ROOT)}")
    print()


def write_plot(path, points, startup):
    """A log-log plot of the cost per row against the rows, as plain SVG."""
    width, height, left, right, top, bottom = 640, 400, 70, 20, 40, 50
    xs = [point[0] for point in points]
    ys = [value for point in points for value in point[1:3] if value > 0]
    x0, x1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
    y0, y1 = math.floor(math.log10(min(ys)) * 2) / 2, math.ceil(math.log10(max(ys)) * 2) / 2
    if y1 - y0 < 1:
        y1 = y0 + 1
    px = lambda x: left + (math.log10(x) - x0) / (x1 - x0) * (width - left - right)
    py = lambda y: height - bottom - (math.log10(y) - y0) / (y1 - y0) * (height - top - bottom)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{width / 2}" y="20" text-anchor="middle" font-size="14">koers -c status: cost per row (log-log)</text>']
    for exponent in range(x0, x1 + 1):
        x = px(10 ** exponent)
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{height - bottom}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" text-anchor="middle">10^{exponent}</text>')
    tick = y0
    while tick <= y1 + 1e-9:
        y = py(10 ** tick)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{10 ** tick:.3g}</text>')
        tick += 0.5
    out.append(f'<text x="{width / 2}" y="{height - 12}" text-anchor="middle">rows in the CSV</text>')
    out.append(f'<text transform="translate(16 {height / 2}) rotate(-90)" text-anchor="middle">µs per row</text>')
    for column, colour, label in [(1, "#1f5fa8", "whole process"), (2, "#c0392b", f"above start-up ({fmt(startup)})")]:
        line = " ".join(f"{px(point[0]):.1f},{py(point[column]):.1f}" for point in points if point[column] > 0)
        out.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for point in points:
            if point[column] > 0:
                out.append(f'<circle cx="{px(point[0]):.1f}" cy="{py(point[column]):.1f}" r="3" fill="{colour}"/>')
        legend_y = top + 8 + 16 * column
        out.append(f'<line x1="{width - 230}" y1="{legend_y - 4}" x2="{width - 210}" y2="{legend_y - 4}" stroke="{colour}" stroke-width="2"/>')
        out.append(f'<text x="{width - 204}" y="{legend_y}">{label}</text>')
    out.append("</svg>")
    with open(path, "w") as file:
        file.write("\n".join(out) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--koers", required=True)
    parser.add_argument("--bench", required=True)
    parser.add_argument("--hello")
    parser.add_argument("--hello-static", help="the hello-world built as koers is: static Swift runtime, stripped")
    parser.add_argument("--data", default=os.path.join(ROOT, "bench-data"))
    parser.add_argument("--svg", help="where the scaling section writes its plot")
    parser.add_argument("sections", nargs="+", choices=["startup", "national", "small", "million", "scaling"])
    args = parser.parse_args()
    for section in args.sections:
        started = time.perf_counter()
        if section == "startup":
            section_startup(args)
        elif section in ("national", "small"):
            section_national(args, section)
        elif section == "million":
            section_million(args)
        elif section == "scaling":
            section_scaling(args)
        print(f"({section}: {time.perf_counter() - started:.0f} s)", file=sys.stderr)
        sys.stdout.flush()


main()
