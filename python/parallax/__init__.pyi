"""Type stubs for the parallax package (the Rust core through PyO3)."""

from typing import Any, Iterable, Literal, Optional, TypedDict, Union

__version__: str

class Span(TypedDict):
    start: int
    end: int

class Located(TypedDict):
    text: str
    span: Span

class PublishedDate(TypedDict):
    iso: str
    source: Located

class Sentence(TypedDict):
    index: int
    paragraph: int
    text: str
    span: Span

class Article(TypedDict):
    """As the JavaScript ``Article`` (README, The Article): every span in UTF-16 units."""

    id: str
    format: Literal["text", "html"]
    fileName: Optional[str]
    text: str
    title: Optional[Located]
    dek: Optional[Located]
    bylines: list[Located]
    contributors: list[Located]
    editors: list[Located]
    outlet: Optional[Located]
    sourceLine: Optional[Located]
    published: Optional[PublishedDate]
    language: Optional[str]
    lines: list[dict[str, Any]]
    captions: list[dict[str, Any]]
    subheads: list[Located]
    removed: list[dict[str, Any]]
    paragraphs: list[dict[str, Any]]
    sentences: list[Sentence]
    quotes: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    numbers: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    wordCount: int
    warnings: list[str]

class ArticleGroup(TypedDict):
    articles: list[int]
    label: str

class ParticipantMentions(TypedDict):
    article: int
    entities: list[int]
    spans: list[Span]

class Participant(TypedDict):
    """One person, organisation or place across articles, under one name."""

    name: str
    kind: Literal["person", "organization", "place"]
    forms: list[str]
    mentions: list[ParticipantMentions]

class QuoteOccurrence(TypedDict):
    """One place a shared quote appears."""

    article: int
    quote: int
    text: str
    span: Span
    speaker: str | None
    participant: int | None
    differs: list[Span]
    """Words of this occurrence the shared text lacks (UTF-16 spans of the article text)."""

class SharedQuote(TypedDict):
    text: str
    occurrences: list[QuoteOccurrence]

class Comparison(TypedDict):
    """As the JavaScript ``Comparison``: articles referred to by index."""

    articles: list[dict[str, Any]]
    similarity: list[list[float]]
    events: list[ArticleGroup]
    threads: list[ArticleGroup]
    participants: list[Participant]
    alignments: list[dict[str, Any]]
    sharedQuotes: list[SharedQuote]
    discrepancies: list[dict[str, Any]]
    agreements: list[dict[str, Any]]
    coverage: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    wording: list[dict[str, Any]]
    variants: list[dict[str, Any]]

class Groups(TypedDict):
    events: list[ArticleGroup]
    threads: list[ArticleGroup]

class ClusterSettings(TypedDict):
    windowDays: int
    undatedChunk: int
    maxBlock: int

ArticleLike = Union[Article, dict[str, Any], str]

def parse(
    input: Union[str, bytes],
    format: Literal["auto", "text", "html"] = "auto",
    url: Optional[str] = None,
    id: Optional[str] = None,
    file_name: Optional[str] = None,
) -> Article:
    """Parses one article; raises ValueError with the core's message on bad input."""

def compare(articles: Iterable[ArticleLike], min_score: float = 0.35) -> Comparison:
    """Compares articles (dicts from ``parse`` or their JSON text)."""

def group_events(articles: Iterable[ArticleLike]) -> Groups:
    """The events and threads ``compare`` finds, without the rest of the comparison."""

def block_terms(article: ArticleLike) -> list[tuple[int, int]]:
    """An article's blocking terms: (signed 64-bit hash, count) pairs."""

def bucket_links(members: list[tuple[int, list[tuple[int, int]]]]) -> list[tuple[int, int]]:
    """The linked pairs of arrival numbers in one bucket of (arrival number, terms) members."""

def day_number(date: str) -> Optional[int]:
    """Days since 1970-01-01 of a ``YYYY-MM-DD`` date, or None."""

def cluster_settings() -> ClusterSettings:
    """The clustering settings ``parallax cluster`` uses by default."""
