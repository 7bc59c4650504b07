#!/usr/bin/python3
"""Times `dipgraph extract` on corpora of article files (see bench/run-extract).

The corpus is the project's own test articles (tests/data/articles/dev), copied
under numbered names until it holds the wanted size; one process reads all of
it, as a user extracting a folder would. Two sizes, the second four times the
first: throughput should stay and peak memory should not grow with the corpus,
since articles are read and printed one at a time.
"""

import argparse
import os
import shutil
import subprocess
import tempfile
import time


def build_corpus(articles, folder, megabytes):
    """Copies the articles into `folder` until it holds `megabytes` MB; returns (files, bytes)."""
    sources = sorted(os.path.join(articles, name) for name in os.listdir(articles) if name.endswith(".txt"))
    texts = [open(path, "rb").read() for path in sources]
    target = megabytes * 1_000_000
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    files, size = [], 0
    while size < target:
        text = texts[len(files) % len(texts)]
        name = f"{len(files):06d}.txt"
        with open(os.path.join(folder, name), "wb") as out:
            out.write(text)
        files.append(name)
        size += len(text)
    return files, size


def run(command, folder):
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one process,
    from GNU time (the interpreter's own child rusage would also count whatever
    the calling shell ran before, such as the build)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        with open(os.devnull, "wb") as sink:
            completed = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", report.name, *command],
                                       cwd=folder, stdout=sink, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        if completed.returncode != 0:
            raise SystemExit(f"{command[0]} failed ({completed.returncode}): {completed.stderr[:400]!r}")
        user, system, peak_kb = report.read().split()[-3:]
    return wall, float(user) + float(system), int(peak_kb) / 1024.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dipgraph", required=True)
    parser.add_argument("--articles", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--megabytes", type=int, default=20)
    args = parser.parse_args()

    print(f"{'corpus':>16} {'files':>7} {'tool':<10} {'wall s':>8} {'cpu s':>8} {'MB/s/core':>10} "
          f"{'peak MB':>8} {'ratio':>7}")
    env_db = os.path.join(args.work, "none.db")  # built-in gazetteer only, as on a fresh machine
    os.environ["DIPGRAPH_DB"] = env_db
    for scale in (1, 4):
        megabytes = args.megabytes * scale
        folder = os.path.join(args.work, f"{megabytes}mb")
        files, size = build_corpus(args.articles, folder, megabytes)
        ours = run([args.dipgraph, "-q", "extract", "--format", "jsonl", *files], folder)
        floor = run(["wc", "-w", *files], folder)
        for tool, (wall, cpu, peak) in (("dipgraph", ours), ("wc -w", floor)):
            rate = size / 1e6 / cpu if cpu > 0 else float("inf")
            ratio = cpu / floor[1] if tool == "dipgraph" and floor[1] > 0 else 1.0
            shown_peak = f"{peak:8.1f}" if tool == "dipgraph" else f"{'-':>8}"
            print(f"{size / 1e6:13.1f} MB {len(files):7d} {tool:<10} {wall:8.2f} {cpu:8.2f} {rate:10.1f} "
                  f"{shown_peak} {ratio:7.1f}")
        shutil.rmtree(folder)
    print()
    print("MB/s/core: corpus bytes over the process's CPU time (user + system). ratio:")
    print("dipgraph's CPU time over wc -w's on the same files (a floor: reading and")
    print("splitting words). Peak MB: dipgraph's maximum resident set size.")


if __name__ == "__main__":
    main()
