"""How long `isodocs check` takes on a province-sized manual, against merely parsing its YAML.

    python benchmarks/bench_check.py [--procedures 5000] [--legal 2000] [--repeat 3]

Prints the best of REPEAT runs for: reading and parsing every YAML file with PyYAML's
CSafeLoader (the floor), isodocs' load alone, and load plus every check; and the peak memory.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import best  # noqa: E402
from synthetic import generate, province_arguments  # noqa: E402

from isodocs.check import check  # noqa: E402
from isodocs.cli import collect_less  # noqa: E402
from isodocs.load.cache import for_source  # noqa: E402
from isodocs.model.reader import load  # noqa: E402
from isodocs.load.source import open_source  # noqa: E402


def parse_only(root: Path) -> None:
    for path in sorted(root.rglob("*.yaml")):
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)


def main() -> None:
    args = province_arguments(__doc__.splitlines()[0], repeat=3).parse_args()
    collect_less()  # as the command line does
    with tempfile.TemporaryDirectory() as tmp:
        root = generate(Path(tmp), args.procedures, args.legal)
        floor = best(lambda: parse_only(root), args.repeat)[0]
        loading = best(lambda: load(open_source(root)), args.repeat)[0]
        checking = best(lambda: check(load(open_source(root))), args.repeat)[0]
        found = check(load(open_source(root)))
        with tempfile.TemporaryDirectory() as home:
            os.environ["XDG_CACHE_HOME"] = home
            source = open_source(root)
            load(source, cache=for_source(source))  # fills the cache
            warm = best(lambda: check(load(source, cache=for_source(source))), args.repeat)[0]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"manual: {args.procedures} procedures, {args.legal} legal entries ({len(found)} diagnostics)")
    print(f"parse YAML only (CSafeLoader): {floor:6.2f} s")
    print(f"isodocs load:                 {loading:6.2f} s")
    print(f"isodocs load + check:         {checking:6.2f} s  ({checking / floor:.2f}x the parse floor)")
    print(f"  again, nothing changed:     {warm:6.2f} s  (document cache warm)")
    print(f"peak memory:                  {peak:6.0f} MiB")


if __name__ == "__main__":
    main()
