#!/usr/bin/env python3
"""Accuracy check: runs dais-cli over the shared dev sets with the shared tools, prints the
figures, and exits 1 when one falls below its floor.

usage: check_accuracy.py --cli DAIS_CLI [--data DIR] [--floor SET.FIGURE=VALUE ...]
                         [--goal SET.FIGURE=VALUE ...]

DIR (default $DAIS_DEV_DATA) holds gov_reports_dev.jsonl, seed_gold.jsonl and
peoples_daily/dev.bio; the tools are in DIR/../tools. SET is gov, seed or pd (People's Daily,
converted with bio_to_gold.py; it has people only). FIGURE is people, roles, dates,
date_values or attendance (F1, or accuracy for date_values). A goal is only printed.
"""
import argparse, json, os, subprocess, sys, tempfile

FIGURES = {
    "people": lambda s: s["people"]["f1"],
    "roles": lambda s: s["roles"]["f1"],
    "dates": lambda s: s["dates"]["f1"],
    "date_values": lambda s: s["date_value"]["accuracy"],
    "attendance": lambda s: s["attendance"]["f1"],
}


def threshold(text):
    key, _, value = text.partition("=")
    set_name, _, figure = key.partition(".")
    if set_name not in ("gov", "seed", "pd") or figure not in FIGURES or not value:
        raise argparse.ArgumentTypeError(f"expected SET.FIGURE=VALUE, got {text!r}")
    return (set_name, figure), float(value)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"check_accuracy: {' '.join(cmd)} exited {r.returncode}:\n{r.stderr[-2000:]}")
    return r.stdout


def score(tools, cli, gold, tmp, name):
    pred = os.path.join(tmp, name + ".pred.jsonl")
    with open(pred, "w", encoding="utf-8") as f:
        f.write(run([sys.executable, os.path.join(tools, "run_extract.py"), cli, gold]))
    return json.loads(run([sys.executable, os.path.join(tools, "score_extract.py"), gold, pred, "--json"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--data", default=os.environ.get("DAIS_DEV_DATA"))
    ap.add_argument("--floor", type=threshold, action="append", default=[])
    ap.add_argument("--goal", type=threshold, action="append", default=[])
    args = ap.parse_args()
    if not args.data:
        ap.error("no --data and DAIS_DEV_DATA is not set")
    tools = os.path.join(args.data, "..", "tools")
    floors, goals = dict(args.floor), dict(args.goal)

    with tempfile.TemporaryDirectory() as tmp:
        pd_gold = os.path.join(tmp, "peoples_daily.gold.jsonl")
        with open(pd_gold, "w", encoding="utf-8") as f:
            f.write(run([sys.executable, os.path.join(tools, "bio_to_gold.py"),
                         os.path.join(args.data, "peoples_daily", "dev.bio")]))
        scores = {
            "gov": score(tools, args.cli, os.path.join(args.data, "gov_reports_dev.jsonl"), tmp, "gov"),
            "seed": score(tools, args.cli, os.path.join(args.data, "seed_gold.jsonl"), tmp, "seed"),
            # bio_to_gold gives people only, so only the people figure means anything there.
            "pd": score(tools, args.cli, pd_gold, tmp, "pd"),
        }

    failed = []
    print(f"{'figure':<18}{'value':>8}{'floor':>8}{'goal':>8}")
    for set_name, s in scores.items():
        figures = ["people"] if set_name == "pd" else list(FIGURES)
        for figure in figures:
            value = FIGURES[figure](s)
            floor, goal = floors.get((set_name, figure)), goals.get((set_name, figure))
            # A figure with nothing to measure (None) cannot meet a floor.
            low = floor is not None and (value is None or value < floor)
            shown = "n/a" if value is None else f"{value:.4f}"
            print(f"{set_name + '.' + figure:<18}{shown:>8}{'' if floor is None else f'{floor:.2f}':>8}"
                  f"{'' if goal is None else f'{goal:.2f}':>8}{'  BELOW FLOOR' if low else ''}")
            if low:
                failed.append(f"{set_name}.{figure}")
    for key in floors:
        if key[0] not in scores:
            failed.append(".".join(key))
    if failed:
        print("below the floor: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
