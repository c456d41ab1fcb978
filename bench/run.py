#!/usr/bin/env python3
"""How fast and how lean ``audit`` is, measured against a bare jieba segmentation of the same text.

    python bench/run.py                      # everything, the 5 MB corpus, a table on stdout
    python bench/run.py --json out.json      # the same figures as JSON too
    python bench/run.py --only startup,scaling --repeats 5
    python bench/run.py --big-mb 5,20        # also single files of 5 and 20 MB

What it measures (each figure beside its jieba reference, taken in the same run):

startup     wall time of ``audit SMALL`` (terminal and JSON output) as a fresh process, against
            ``python -c "import jieba; jieba.lcut('…')"``; min and median of --repeats runs. The
            project's modules are compiled to bytecode first, as an installed package's are.
throughput  ``audit_text`` in this process, warm, on the shared samples, on a generated corpus of
            at least --corpus-mb MB (many reports from tests/reportgen.py, seeded: a checkable
            relation in every sentence, four times the figures per character of real reports) and
            on as much real text (the samples, paragraphs shuffled by the seed, one per file), and
            on the .txt files of each --texts DIR; KB of UTF-8 per CPU second (one core), against
            ``jieba.lcut`` on the same texts.
memory      peak RSS of one ``audit DIR --format jsonl --jobs 1`` process over 1, 10 and 100
            files of the corpus: it must not grow with the number of files. The child reports
            its own peak (bench/peak.py: wait4's ru_maxrss would include this process's size).
scaling     CPU time per character on the first 2,000 and 20,000 characters of a government work
            report, and on the whole report repeated 16 times: it must not grow with the length.
shapes      CPU time per character of texts shaped unlike any report (tests/shapes.py: one sentence
            of thousands of clauses, a line of figures between tabs, a table of thousands of rows
            …) at about 20,000 and 40,000 characters: twice the text must take about twice the time.
big         wall time and peak RSS of ``audit FILE --format json`` on one file of each --big-mb
            size, built by joining generated reports.

CPU time (not wall time) is used in-process so that other load on the machine matters less; the
start-up figures are wall times, so run this on a quiet machine and look at the minimum.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

JIEBA_ONE_LINER = "import jieba; jieba.lcut('全县建档立卡贫困户5210户17842人，累计脱贫5088户17503人。')"
#: the small report for start-up: the smallest shared sample (a real county fund report, 2.7 KB)
SMALL_SAMPLE = "102_daihua_fund_2016.txt"
#: the long report for scaling: a provincial government work report (23,000 characters)
LONG_SAMPLE = "103_guizhou_work_report_2026.txt"


# --------------------------------------------------------------------------------------------
# inputs

def sample_texts() -> dict[str, str]:
    if not SAMPLES.is_dir():
        return {}
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}


def corpus_texts(megabytes: float, seed: int) -> list[str]:
    """Generated reports (every relation, a third of them with one relation broken) until the
    corpus holds at least ``megabytes`` MB of UTF-8."""
    from reportgen import RELATIONS, generate

    rng = random.Random(seed)
    want = int(megabytes * 1_000_000)
    texts, size, n = [], 0, 0
    while size < want:
        broken = rng.choice(RELATIONS) if rng.random() < 1 / 3 else None
        text = generate(seed * 1_000_003 + n, broken=broken, in_wan_mu=rng.random() < 0.5).text
        texts.append(text)
        size += len(text.encode("utf-8"))
        n += 1
    return texts


def shuffled_sample_texts(megabytes: float, seed: int) -> list[str]:
    """Real report text at volume: each file one shared sample with its paragraphs in an order
    drawn from the seed, until at least ``megabytes`` MB (figures as dense as in real reports,
    where the generated reports state a checkable relation in every sentence)."""
    samples = list(sample_texts().values())
    if not samples:
        return []
    rng = random.Random(seed)
    want = int(megabytes * 1_000_000)
    texts, size = [], 0
    while size < want:
        paragraphs = samples[len(texts) % len(samples)].split("\n")
        rng.shuffle(paragraphs)
        texts.append("\n".join(paragraphs))
        size += len(texts[-1].encode("utf-8"))
    return texts


def folder_texts(folder: Path) -> list[str]:
    """The .txt files of a folder, decoded as ``audit`` decodes them (files it refuses are left out)."""
    from auditor.decode import read_report
    from auditor.errors import InputError

    texts = []
    for path in sorted(folder.glob("*.txt")):
        try:
            texts.append(read_report(str(path)).text)
        except InputError:  # empty, binary, too large: not a report to measure
            continue
    return texts


def write_corpus(texts: list[str], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts):
        p = folder / f"gen{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def audit_command() -> list[str]:
    script = Path(sys.executable).with_name("audit")
    if script.exists():
        return [str(script)]
    found = shutil.which("audit")
    return [found] if found else [sys.executable, "-m", "auditor"]


# --------------------------------------------------------------------------------------------
# child processes: wall time, CPU time and peak RSS of exactly that child

def run_child(cmd: list[str], stdout=subprocess.DEVNULL) -> dict:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "exit": proc.returncode}


def run_audit_peak(args: list[str]) -> dict:
    """``audit ARGS`` in a child (through bench/peak.py), with wall and CPU time and the child's
    own peak RSS: wait4's ru_maxrss would start from this process's size (see peak.py)."""
    with tempfile.TemporaryDirectory() as d:
        peak = Path(d) / "peak"
        r = run_child([sys.executable, str(ROOT / "bench" / "peak.py"), str(peak), "--", *args])
        r["maxrss_mb"] = int(peak.read_text()) / 1048576 if peak.exists() else float("nan")
    return r


def summary(values: list[float]) -> dict:
    return {"min": min(values), "median": statistics.median(values), "runs": len(values)}


# --------------------------------------------------------------------------------------------
# the measurements

def compile_bytecode() -> None:
    """Write the bytecode of the project's own modules, as ``pip install`` does for an installed
    package: an editable install (or PYTHONDONTWRITEBYTECODE=1, set on some machines) leaves them
    to be compiled from source at every start, about 0.2 s that jieba's installed modules never
    pay, and a start-up measured so would measure the compiler."""
    import compileall

    for package in ("auditor", "checks", "reports"):
        compileall.compile_dir(str(ROOT / package), quiet=2)


def bench_startup(repeats: int) -> dict:
    compile_bytecode()
    small = SAMPLES / SMALL_SAMPLE
    if not small.exists():
        small = ROOT / "tests" / "fixtures" / "reports" / "small_county.txt"
    audit = audit_command()
    cmds = {
        "jieba": [sys.executable, "-c", JIEBA_ONE_LINER],
        "audit": audit + [str(small)],
        "audit_json": audit + [str(small), "--format", "json"],
    }
    runs: dict[str, list[dict]] = {k: [] for k in cmds}
    for name, cmd in cmds.items():
        run_child(cmd)  # warm the page cache and jieba's dictionary cache
    for _ in range(repeats):  # interleaved, so that a burst of load hits all alike
        for name, cmd in cmds.items():
            runs[name].append(run_child(cmd))
    out = {"report": small.name, "characters": len(small.read_text(encoding="utf-8"))}
    for name, rs in runs.items():
        out[name] = {"wall": summary([r["wall"] for r in rs]), "cpu": summary([r["cpu"] for r in rs])}
    for name in ("audit", "audit_json"):
        out[f"{name}_ratio_min"] = out[name]["wall"]["min"] / out["jieba"]["wall"]["min"]
        out[f"{name}_ratio_median"] = out[name]["wall"]["median"] / out["jieba"]["wall"]["median"]
    return out


def _cpu(fn, texts: list[str]) -> float:
    t0 = time.process_time()
    for t in texts:
        fn(t)
    return time.process_time() - t0


def bench_throughput(sets: dict[str, list[str]], passes: int = 3) -> dict:
    from auditor import audit_text
    from auditor.claims import _jieba

    jieba = _jieba()
    out = {}
    for name, texts in sets.items():
        if not texts:
            continue
        kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
        chars = sum(len(t) for t in texts)
        audit_text(texts[0])  # warm: imports, caches
        jieba.lcut(texts[0])
        t_audit = t_jieba = float("inf")
        for _ in range(passes):  # alternated, so that other load on the machine hits both alike
            t_audit = min(t_audit, _cpu(audit_text, texts))
            t_jieba = min(t_jieba, _cpu(jieba.lcut, texts))
        out[name] = {"files": len(texts), "kb": kb, "characters": chars,
                     "audit_kb_s": kb / t_audit, "jieba_kb_s": kb / t_jieba,
                     "audit_chars_s": chars / t_audit, "jieba_chars_s": chars / t_jieba,
                     "ratio": t_jieba / t_audit}
    return out


def bench_memory(paths: list[Path], counts=(1, 10, 100)) -> dict:
    out = {}
    with tempfile.TemporaryDirectory() as d:
        for n in counts:
            if n > len(paths):
                break
            folder = Path(d) / f"n{n}"
            folder.mkdir()
            for p in paths[:n]:
                os.symlink(p, folder / p.name)
            r = run_audit_peak([str(folder), "--format", "jsonl", "--jobs", "1"])
            out[str(n)] = {"maxrss_mb": r["maxrss_mb"], "wall": r["wall"], "exit": r["exit"]}
    return out


def _prefix(text: str, n: int) -> str:
    """The first ``n`` characters or a little more, ending at a line break."""
    cut = text.find("\n", n)
    return text if cut < 0 else text[:cut + 1]


def bench_scaling(repeats: int) -> dict:
    from auditor import audit_text

    path = SAMPLES / LONG_SAMPLE
    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    cases = {"2k": _prefix(text, 2000), "20k": _prefix(text, 20000), "x16": "\n".join([text] * 16)}
    audit_text(cases["2k"])
    out = {"report": LONG_SAMPLE}
    for name, t in cases.items():
        reps = repeats if len(t) < 100_000 else 1
        cpu = min(_cpu(audit_text, [t]) for _ in range(reps))
        claims = len(audit_text(t).claims)
        out[name] = {"characters": len(t), "claims": claims, "cpu": cpu, "us_per_char": 1e6 * cpu / len(t),
                     "us_per_claim": 1e6 * cpu / claims}
    for a, b in (("20k", "2k"), ("x16", "20k")):
        out[f"ratio_{a}_{b}"] = out[a]["us_per_char"] / out[b]["us_per_char"]
        out[f"ratio_{a}_{b}_per_claim"] = out[a]["us_per_claim"] / out[b]["us_per_claim"]
    return out


def bench_shapes(repeats: int, chars: int = 20_000) -> dict:
    from auditor import audit_text
    from shapes import MORE_SHAPES, SHAPES

    out = {}
    for name, make in {**SHAPES, **MORE_SHAPES}.items():
        per = len(make(100, random.Random(0))) / 100  # characters per unit of n
        n = max(1, round(chars / per))
        texts = [make(n, random.Random(n)), make(2 * n, random.Random(2 * n))]
        for t in texts:
            audit_text(t)  # warm: imports, and the caches the two sizes share
        cpu = [min(_cpu(audit_text, [t]) for _ in range(max(1, repeats // 5))) for t in texts]
        out[name] = {"characters": [len(t) for t in texts], "cpu": cpu,
                     "ratio_per_char": (cpu[1] / len(texts[1])) / (cpu[0] / len(texts[0]))}
    return out


def bench_big(sizes_mb: list[float], seed: int) -> dict:
    out = {}
    with tempfile.TemporaryDirectory() as d:
        for mb in sizes_mb:
            path = Path(d) / f"big{mb:g}.txt"
            path.write_text("\n".join(corpus_texts(mb, seed + 7)), encoding="utf-8")
            r = run_audit_peak([str(path), "--format", "json"])
            size = path.stat().st_size
            out[f"{mb:g}MB"] = {"bytes": size, "characters": len(path.read_text(encoding="utf-8")),
                                "wall": r["wall"], "cpu": r["cpu"], "maxrss_mb": r["maxrss_mb"],
                                "exit": r["exit"], "kb_s": size / 1024 / r["cpu"] if r["cpu"] else None}
    return out


# --------------------------------------------------------------------------------------------

def machine() -> dict:
    info = {"python": platform.python_version(), "platform": platform.platform(), "cores": os.cpu_count()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        mem = Path("/proc/meminfo").read_text().split("\n", 1)[0].split()
        info["memory_gb"] = round(int(mem[1]) / 1024 / 1024, 1)
        info["load_before"] = os.getloadavg()[0]
    except (OSError, IndexError, ValueError):
        pass
    return info


def table(res: dict) -> str:
    lines = []
    m = res["machine"]
    lines.append(f"machine: {m.get('cpu', '?')}, {m.get('cores')} cores, {m.get('memory_gb', '?')} GB, "
                 f"Python {m['python']}, load {m.get('load_before', 0):.1f} at start")
    if "startup" in res:
        s = res["startup"]
        lines.append(f"\nstart-up on {s['report']} ({s['characters']} characters), wall seconds:")
        lines.append(f"  {'':28s} {'min':>7s} {'median':>7s} {'cpu min':>8s}")
        for name, label in (("jieba", "bare jieba one-liner"), ("audit", "audit (terminal)"),
                            ("audit_json", "audit --format json")):
            r = s[name]
            lines.append(f"  {label:28s} {r['wall']['min']:7.2f} {r['wall']['median']:7.2f} {r['cpu']['min']:8.2f}")
        lines.append(f"  ratio audit/jieba: {s['audit_ratio_min']:.2f} (min), {s['audit_ratio_median']:.2f} (median); "
                     f"json {s['audit_json_ratio_min']:.2f} / {s['audit_json_ratio_median']:.2f}   target ≤ 1.5")
    if "throughput" in res:
        lines.append("\nthroughput, one core (KB of UTF-8 per CPU second):")
        lines.append(f"  {'':18s} {'files':>6s} {'KB':>8s} {'audit':>8s} {'jieba':>8s} {'audit/jieba':>12s}")
        for name, r in res["throughput"].items():
            lines.append(f"  {name:18s} {r['files']:6d} {r['kb']:8.0f} {r['audit_kb_s']:8.1f} {r['jieba_kb_s']:8.1f} "
                         f"{r['ratio']:12.2f}")
        lines.append("  target: audit/jieba ≥ 0.5")
    if "memory" in res:
        lines.append("\npeak RSS of one audit process over N files (--jobs 1):")
        for n, r in res["memory"].items():
            lines.append(f"  {n:>4s} files  {r['maxrss_mb']:7.1f} MB  ({r['wall']:.1f} s)")
    if "scaling" in res and res["scaling"]:
        s = res["scaling"]
        lines.append(f"\nscaling on {s['report']} (CPU time per character and per claim):")
        for name in ("2k", "20k", "x16"):
            r = s[name]
            lines.append(f"  {name:4s} {r['characters']:8d} chars {r['claims']:6d} claims  {r['cpu']:7.2f} s  "
                         f"{r['us_per_char']:6.1f} µs/char  {r['us_per_claim']:6.0f} µs/claim")
        lines.append(f"  ratios per char: 20k/2k {s['ratio_20k_2k']:.2f}, x16/20k {s['ratio_x16_20k']:.2f}; "
                     f"per claim: 20k/2k {s['ratio_20k_2k_per_claim']:.2f}, x16/20k {s['ratio_x16_20k_per_claim']:.2f}")
    if "shapes" in res:
        lines.append("\nshapes unlike any report, CPU seconds at about 20,000 and 40,000 characters:")
        for name, r in res["shapes"].items():
            lines.append(f"  {name:34s} {r['characters'][0]:7d} {r['cpu'][0]:6.2f} s  {r['characters'][1]:7d} "
                         f"{r['cpu'][1]:6.2f} s  per char x{r['ratio_per_char']:.2f}")
        lines.append("  linear: per char about x1")
    if "big" in res:
        lines.append("\nsingle big files (audit FILE --format json):")
        for name, r in res["big"].items():
            lines.append(f"  {name:6s} {r['characters']:9d} chars  {r['wall']:7.1f} s wall  {r['cpu']:7.1f} s cpu  "
                         f"{r['maxrss_mb']:7.1f} MB peak  exit {r['exit']}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus-mb", type=float, default=5.0, help="size of the generated corpus (default 5)")
    ap.add_argument("--seed", type=int, default=2024, help="seed of the generated corpus")
    ap.add_argument("--repeats", type=int, default=10, help="runs per start-up and scaling figure")
    ap.add_argument("--big-mb", default="", help="comma-separated sizes of single big files, e.g. 5,20")
    ap.add_argument("--only", default="", help="comma-separated: startup,throughput,memory,scaling,shapes,big")
    ap.add_argument("--texts", metavar="DIR", action="append", default=[],
                    help="also measure throughput on the .txt files of DIR (your own reports; repeatable)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    a = ap.parse_args(argv)
    want = set(a.only.split(",")) if a.only else {"startup", "throughput", "memory", "scaling", "shapes", "big"}
    res: dict = {"machine": machine(), "seed": a.seed, "corpus_mb": a.corpus_mb}
    corpus = corpus_texts(a.corpus_mb, a.seed) if want & {"throughput", "memory"} else []
    if "startup" in want:
        res["startup"] = bench_startup(a.repeats)
    if "throughput" in want:
        sets = {"samples": list(sample_texts().values()),
                f"generated {a.corpus_mb:g} MB": corpus,
                f"shuffled {a.corpus_mb:g} MB": shuffled_sample_texts(a.corpus_mb, a.seed)}
        for folder in a.texts:
            sets[Path(folder).name or folder] = folder_texts(Path(folder))
        res["throughput"] = bench_throughput(sets)
    if "memory" in want:
        with tempfile.TemporaryDirectory() as d:
            res["memory"] = bench_memory(write_corpus(corpus[:100], Path(d)))
    if "scaling" in want:
        res["scaling"] = bench_scaling(a.repeats)
    if "shapes" in want:
        res["shapes"] = bench_shapes(a.repeats)
    if "big" in want and a.big_mb:
        res["big"] = bench_big([float(x) for x in a.big_mb.split(",")], a.seed)
    print(table(res))
    if a.json:
        Path(a.json).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
