#!/usr/bin/env python3
"""Runs koers's benchmarks and their anchors (sqlite3, polars, a Swift hello-world) and prints
one table: medians of several runs, peak memory of each, and koers's ratio to its anchor.
Called by scripts/bench, which builds, generates the data and installs the anchors."""
import os, pty, re, select, subprocess, sys, time, statistics, platform

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
data, koers, bench, hello = sys.argv[1:5]
csv = os.path.join(data, "national.csv")
goals = os.path.join(data, "national.koers")
almelo = os.path.join(ROOT, "goals", "almelo")


def timed(argv, stdin=None, cwd=None):
    """Median wall seconds and the largest peak RSS over RUNS runs, each in a fresh process."""
    seconds, peaks, last = [], [], b""
    for _ in range(RUNS):
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
        if stdin is not None:
            child.stdin.write(stdin)
        child.stdin.close()
        out = child.stdout.read()
        err = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        seconds.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"failed: {' '.join(argv)}\n{err.decode(errors='replace')[-2000:]}")
        last = out
    return statistics.median(seconds), max(peaks), last


def until_prompt(argv, marker):
    """Seconds from fork to the first appearance of `marker` on a pseudo-terminal, then the
    process is told to quit; median over RUNS, with the peak RSS."""
    seconds, peaks = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(argv[0], argv)
        seen = b""
        while marker not in re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen):
            ready, _, _ = select.select([fd], [], [], 10)
            if not ready:
                sys.exit(f"no prompt from {argv}")
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
        seconds.append(time.perf_counter() - start)
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
        _, _, usage = os.wait4(pid, 0)
        peaks.append(usage.ru_maxrss)
        os.close(fd)
    return statistics.median(seconds), max(peaks)


def measure(work, path, runs):
    """koers-bench measure in fresh processes: the median of the in-process medians."""
    medians, peaks = [], []
    for _ in range(RUNS if work == "load" else 1):
        child = subprocess.run([bench, "measure", work, path, "--runs", str(runs)], capture_output=True)
        if child.returncode != 0:
            sys.exit(f"koers-bench measure {work} failed:\n{child.stderr.decode(errors='replace')[-2000:]}")
        fields = dict(part.split("=", 1) for part in child.stdout.decode().split() if "=" in part)
        medians.append(float(fields["median_seconds"]))
        peaks.append(int(fields["peak_kb"]))
    return statistics.median(medians), max(peaks)


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


def main():
    csv_mb = os.path.getsize(csv) / 1e6
    rows = []  # (work, koers seconds, koers kB, anchor name, anchor seconds, anchor kB)

    hello_start, hello_kb = until_prompt([hello], b"hello")
    prompt_s, prompt_kb = until_prompt([koers, almelo], b")> ")
    rows.append(("start to first prompt", prompt_s, prompt_kb, "Swift hello-world (Foundation)", hello_start, hello_kb))
    status_s, status_kb, _ = timed([koers, "-c", "status", almelo])
    hello_s, hello_kb2, _ = timed([hello])
    rows.append(("koers -c status goals/almelo", status_s, status_kb, "Swift hello-world (Foundation)", hello_s, hello_kb2))

    sqlite_s, sqlite_kb, sqlite_out = timed(["sqlite3", ":memory:"], stdin=SQLITE_QUERY.format(csv=csv).encode())
    polars_s, polars_kb, polars_out = timed([sys.executable, "-c", POLARS_SCRIPT, csv])
    load_s, load_kb = measure("load", goals, 1)
    rows.append(("load + evaluate national (in process)", load_s, load_kb, "polars read + aggregate", polars_s, polars_kb))
    rows.append(("load + evaluate national (in process)", load_s, load_kb, "sqlite3 .import + query", sqlite_s, sqlite_kb))
    cli_s, cli_kb, _ = timed([koers, "-c", "status", goals])
    rows.append(("koers -c status national.koers", cli_s, cli_kb, "polars read + aggregate", polars_s, polars_kb))
    check_s, check_kb = measure("check", goals, 5)
    rows.append(("check of all goals (in process)", check_s, check_kb, "its load + evaluate", load_s, load_kb))
    complete_s, complete_kb = measure("complete", goals, 200)
    rows.append(("one TAB completion, all loaded", complete_s, complete_kb, "target: 5 ms", 0.005, None))
    parse_s, parse_kb = measure("parse", goals, 5)
    rows.append(("parse national.koers", parse_s, parse_kb, "its load + evaluate", load_s, load_kb))

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
          f"{open('/proc/cpuinfo').read().split('model name')[1].split(':')[1].splitlines()[0].strip()}")
    print(f"national.csv: {csv_mb:.1f} MB; runs per figure: {RUNS} (medians; peak memory is the largest of the runs)")
    print(f"sqlite3 says {sqlite_out.decode().strip()}; polars says {polars_out.decode().strip()}")
    print()
    print("| work | koers | koers peak MiB | anchor | anchor | anchor peak MiB | koers / anchor |")
    print("|---|---:|---:|---|---:|---:|---:|")
    for work, ks, kkb, anchor, a_s, akb in rows:
        ratio = ks / a_s if a_s else float("nan")
        a_mb = f"{akb / 1024:.1f}" if akb else "–"
        print(f"| {work} | {fmt(ks)} | {kkb / 1024:.1f} | {anchor} | {fmt(a_s)} | {a_mb} | {ratio:.2f}× |")
    print()
    print(f"peak memory of load + evaluate / CSV size: {load_kb * 1024 / os.path.getsize(csv):.2f}× (target ≤ 1.5×)")


def fmt(seconds):
    return f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.2f} s"


main()
