"""The Spark job in local mode on ECB+ gives the events and threads of `parallax cluster` on the same feed."""

import json
import os
import pathlib
import shutil
import subprocess
import sys
import time

import pytest

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))


def ecbplus():
    shared = pathlib.Path(os.environ.get("PARALLAX_SHARED", ROOT.parent / "shared"))
    folder = shared / "corpora" / "ecbplus"
    if not (folder / "labels.json").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but ECB+ is missing at {folder}")
        pytest.skip(f"ECB+ not found at {folder} (set PARALLAX_SHARED)")
    return sorted(folder.glob("t*.txt"))


def groups(folder, kind):
    """Sorted lists of ids of one kind of line in a folder of JSON Lines or a text."""
    lines = folder if isinstance(folder, str) else "".join(p.read_text() for p in sorted(folder.glob("part-*")))
    out = [sorted(v["articles"]) for v in map(json.loads, lines.splitlines()) if v["kind"] == kind]
    return sorted(out)


def test_spark_job_equals_parallax_cluster_on_ecbplus(tmp_path):
    files = ecbplus()
    if shutil.which("java") is None:
        pytest.fail("java not found: ./x setup installs openjdk-17-jre-headless")
    exe = pathlib.Path(os.environ.get("PARALLAX_BIN", ROOT / "target" / "debug" / "parallax"))
    if not exe.exists():
        pytest.fail(f"{exe} not built: run cargo build --bin parallax")
    feed = tmp_path / "ecbplus.jsonl"
    with feed.open("w") as f:
        for p in files:
            f.write(json.dumps({"id": p.name, "text": p.read_text()}) + "\n")
    # Blocks of about 200, so the 982 articles make several and the
    # blocking, packing and order are all exercised.
    block = 200
    import cluster_job

    started = time.time()
    spark = cluster_job.session("local[2]", partitions=2)
    try:
        cluster_job.run(spark, str(feed), str(tmp_path / "out"), block)
    finally:
        spark.stop()
    spark_s = time.time() - started
    started = time.time()
    cli = subprocess.run([exe, "cluster", "--quiet", "--block", str(block), feed], capture_output=True, text=True)
    cli_s = time.time() - started
    assert cli.returncode == 0, cli.stderr
    spark_events, cli_events = groups(tmp_path / "out" / "events", "event"), groups(cli.stdout, "event")
    print(f"\nECB+ {len(files)} articles: Spark local[2] {spark_s:.1f} s, {len(spark_events)} events; "
          f"parallax cluster {cli_s:.1f} s, {len(cli_events)} events; equal: {spark_events == cli_events}")
    assert sorted(sum(spark_events, [])) == sorted(p.name for p in files), "every article in one event"
    assert spark_events == cli_events
    assert groups(tmp_path / "out" / "threads", "thread") == groups(cli.stdout, "thread")
    discrepancies = list((tmp_path / "out" / "discrepancies").glob("part-*"))
    assert discrepancies, "the discrepancies folder is written"
