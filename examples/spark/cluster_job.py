"""Event clustering of a JSON Lines feed on Apache Spark, with the Parallax core.

    python examples/spark/cluster_job.py FEED.jsonl OUT [--master local[2]] [--block N]

FEED holds one article a line, ``{"id", "text" | "html", "url"?, "published"?}``
(a file, a folder or a glob Spark reads). OUT receives three folders of JSON
Lines: ``events/`` and ``threads/`` (``{"kind", "label", "articles": [ids]}``,
as ``parallax cluster`` writes them) and ``discrepancies/`` (each conflicting
figure, its values with their article ids).

The same blocks as ``parallax cluster`` (src/cluster.rs), computed with
Spark's operators:

1. number the valid lines in order (``zipWithIndex``): the arrival numbers;
2. parse each article with the Python package inside ``mapInPandas``,
   keeping its JSON and its blocking terms;
3. bucket by day (a dated article joins the buckets of its day and the
   ``windowDays`` after it; undated ones go by arrival chunk) and link, in
   each bucket, the articles that share rare terms (``applyInPandas`` over
   the bucket, calling ``parallax.bucket_links``);
4. connected components of the links by iterated minimum labels;
5. pack the components into blocks of about ``maxBlock`` articles, in the
   order of their last member, with a running sum;
6. compare each block with the core (``applyInPandas``) and write what it
   finds.

docs/scale.md says how this runs on a cluster and what it costs.
"""

import argparse
import json
import os
import sys

import pandas as pd
from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

import parallax

SETTINGS = parallax.cluster_settings()


def record(line):
    """A feed line as (id, format, body, url, published), or None when it is
    not an article line (``parallax cluster`` reports and skips the same)."""
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    fields = {}
    for key in ("id", "text", "html", "url", "published"):
        value = obj.get(key)
        if key == "id" and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = json.dumps(value)
        if value is not None and not isinstance(value, str):
            return None
        fields[key] = value
    if (fields["text"] is None) == (fields["html"] is None):
        return None
    fmt = "text" if fields["text"] is not None else "html"
    return (fields["id"], fmt, fields[fmt], fields["url"], fields["published"])


PARSED = T.StructType([
    T.StructField("seq", T.LongType()),
    T.StructField("id", T.StringType()),
    T.StructField("day", T.LongType()),
    T.StructField("article", T.StringType()),
    T.StructField("terms", T.ArrayType(T.StructType([
        T.StructField("h", T.LongType()), T.StructField("n", T.LongType())]))),
])


def parse_partition(frames):
    """mapInPandas: parses each article; drops what does not parse or has a
    publication date that is not one."""
    for frame in frames:
        rows = []
        for r in frame.itertuples(index=False):
            day = None
            if r.published is not None:
                day = parallax.day_number(r.published)
                if day is None:
                    continue
            try:
                a = parallax.parse(r.body, format=r.format, url=r.url, id=r.id or f"line {r.seq}")
            except ValueError:
                continue
            terms = [{"h": h, "n": n} for h, n in parallax.block_terms(a)]
            rows.append((r.seq, a["id"], day, json.dumps(a), terms))
        yield pd.DataFrame(rows, columns=["seq", "id", "day", "article", "terms"])


def bucket_links(frame):
    """applyInPandas over one bucket: its linked pairs."""
    members = [(int(s), [(int(t["h"]), int(t["n"])) for t in terms])
               for s, terms in zip(frame.seq, frame.terms)]
    pairs = parallax.bucket_links(members)
    return pd.DataFrame(pairs, columns=["a", "b"], dtype="int64")


def components(spark, vertices: DataFrame, edges: DataFrame) -> DataFrame:
    """(seq, comp): each vertex labelled with the smallest arrival number of
    its connected component, by iterating minimum labels to a fixed point."""
    both = edges.select("a", "b").union(edges.select(F.col("b").alias("a"), F.col("a").alias("b")))
    both = both.localCheckpoint()
    labels = vertices.select("seq", F.col("seq").alias("comp")).localCheckpoint()
    while True:
        offered = both.join(labels, both.b == labels.seq).groupBy(both.a).agg(F.min("comp").alias("offer"))
        nxt = (labels.join(offered, labels.seq == offered.a, "left")
               .select("seq", F.least("comp", F.coalesce("offer", "comp")).alias("comp")))
        # Pointer jumping: take the label of one's label too, so chains
        # converge in about log(length) rounds rather than length.
        jump = nxt.select(F.col("seq").alias("s2"), F.col("comp").alias("c2"))
        nxt = (nxt.join(jump, nxt.comp == jump.s2, "left")
               .select("seq", F.least("comp", F.coalesce("c2", "comp")).alias("comp"))
               .localCheckpoint())
        changed = nxt.join(labels.withColumnRenamed("comp", "old"), "seq").where("comp != old").count()
        labels = nxt
        if changed == 0:
            return labels


def blocks(parsed: DataFrame, comp: DataFrame, size: int) -> DataFrame:
    """Packs components into blocks as src/cluster.rs's Blocker does: in the
    order of their last member (dated before undated; day, then arrival),
    runs of at most `size` in (day, arrival) order, a run going to block
    floor(start / size) where start counts articles before it. Adds the
    block and each article's position in the packing order."""
    df = parsed.join(comp, "seq").withColumn("undated", F.col("day").isNull().cast("int"))
    df = df.withColumn("d", F.coalesce("day", F.lit(0)))
    order = (df.groupBy("comp")
             .agg(F.count("*").alias("size"),
                  F.max(F.struct("undated", "d", "seq")).alias("last")))
    # Components are few beside articles: one ordered window is enough.
    order = order.withColumn(
        "before",
        F.coalesce(F.sum("size").over(Window.orderBy("last").rowsBetween(Window.unboundedPreceding, -1)),
                   F.lit(0)))
    rank = F.row_number().over(Window.partitionBy("comp").orderBy("d", "seq")) - 1
    df = df.join(order.select("comp", "before"), "comp").withColumn("rank", rank)
    start = F.col("before") + F.floor(F.col("rank") / size) * size
    return (df.withColumn("block", F.floor(start / size))
            .withColumn("position", F.col("before") + F.col("rank")))


OUT = T.StructType([T.StructField("kind", T.StringType()), T.StructField("line", T.StringType())])


def compare_block(frame):
    """applyInPandas over one block: compare, then events, threads and
    discrepancies as JSON lines with article ids."""
    frame = frame.sort_values("position")
    ids = list(frame.id)
    c = parallax.compare(list(frame.article))
    rows = []
    for kind, groups in (("event", c["events"]), ("thread", c["threads"])):
        for g in groups:
            line = {"kind": kind, "label": g["label"], "articles": [ids[i] for i in g["articles"]]}
            rows.append((kind, json.dumps(line, ensure_ascii=False)))
    for d in c["discrepancies"]:
        values = [{**v, "article": ids[v["article"]]} for v in d["values"]]
        rows.append(("discrepancy", json.dumps({**d, "kind": "discrepancy", "values": values}, ensure_ascii=False)))
    return pd.DataFrame(rows, columns=["kind", "line"])


def run(spark: SparkSession, feed: str, out: str, block: int = SETTINGS["maxBlock"]):
    sc = spark.sparkContext
    records = (sc.textFile(feed).filter(lambda l: l.strip()).map(record).filter(lambda r: r is not None)
               .zipWithIndex().map(lambda p: (p[1],) + p[0]))
    raw = spark.createDataFrame(records, "seq long, id string, format string, body string, url string, published string")
    parsed = raw.mapInPandas(parse_partition, PARSED).localCheckpoint()

    w, chunk = SETTINGS["windowDays"], SETTINGS["undatedChunk"]
    bucket = F.when(F.col("day").isNull(), F.array(F.concat(F.lit("u"), (F.col("seq") / chunk).cast("long").cast("string"))))\
        .otherwise(F.transform(F.sequence(F.col("day"), F.col("day") + w), lambda b: F.concat(F.lit("d"), b.cast("string"))))
    buckets = parsed.select("seq", "terms", F.explode(bucket).alias("bucket"))
    edges = buckets.groupBy("bucket").applyInPandas(bucket_links, "a long, b long").distinct()

    comp = components(spark, parsed.select("seq"), edges)
    packed = blocks(parsed, comp, block)
    found = packed.groupBy("block").applyInPandas(compare_block, OUT).localCheckpoint()
    for kind, folder in (("event", "events"), ("thread", "threads"), ("discrepancy", "discrepancies")):
        found.where(F.col("kind") == kind).select("line").write.mode("overwrite").text(f"{out}/{folder}")
    return found


def session(master: str, partitions: int = 200) -> SparkSession:
    """A session whose Python workers run this interpreter (where parallax
    is installed) and can import this module."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (SparkSession.builder.master(master).appName("parallax-cluster")
             .config("spark.sql.shuffle.partitions", str(partitions))
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.execution.arrow.pyspark.enabled", "true")
             .getOrCreate())
    spark.sparkContext.addPyFile(os.path.abspath(__file__))
    return spark


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("feed")
    p.add_argument("out")
    p.add_argument("--master", default="local[2]")
    p.add_argument("--block", type=int, default=SETTINGS["maxBlock"])
    p.add_argument("--partitions", type=int, default=200, help="shuffle partitions (Spark's default 200)")
    args = p.parse_args()
    spark = session(args.master, args.partitions)
    found = run(spark, args.feed, args.out, args.block)
    counts = {r["kind"]: r["count"] for r in found.groupBy("kind").count().collect()}
    print(json.dumps(counts))
    spark.stop()


if __name__ == "__main__":
    main()
