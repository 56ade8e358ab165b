"""Parallax from Python: parse news articles and compare their coverage.

``parse`` returns a dict shaped like the JavaScript ``Article`` and
``compare`` one shaped like the ``Comparison`` (camelCase keys, spans in
UTF-16 code units); bad input raises ``ValueError`` with the core's message.
The blocking helpers (``block_terms``, ``bucket_links``, ``day_number``,
``cluster_settings``) are what ``parallax cluster`` and the Spark example
(examples/spark) share.
"""

from ._parallax import (
    __version__,
    block_terms,
    bucket_links,
    cluster_settings,
    compare,
    day_number,
    group_events,
    parse,
)

__all__ = [
    "__version__",
    "block_terms",
    "bucket_links",
    "cluster_settings",
    "compare",
    "day_number",
    "group_events",
    "parse",
]
