"""Typed data passed between pipeline stages.

Each stage reads one of these and returns the next, so a stage can be tested on its own
and a document is processed without looking at any other document.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

EntityType = Literal["Zone", "Park", "Company", "Person", "GovernmentBody", "Measure", "Place"]
Predicate = Literal["implements", "locatedIn", "partOf", "leads", "worksFor"]

ENTITY_TYPES: tuple[str, ...] = EntityType.__args__  # type: ignore[attr-defined]
PREDICATES: tuple[str, ...] = Predicate.__args__  # type: ignore[attr-defined]


class RawDocument(BaseModel):
    """An article as read from disk: the original text, never modified afterwards."""

    id: str
    text: str
    source: str = Field(description="path of the file the article came from")
    title: str | None = None
    url: str | None = None
    date: str | None = None


class NormalisedText(BaseModel):
    """Cleaned text for matching, with a map from every character back to the original."""

    text: str
    offsets: list[int] = Field(description="offsets[i] = index in the original text of text[i]")


class Sentence(BaseModel):
    index: int
    start: int
    end: int
    text: str


class Token(BaseModel):
    text: str
    tag: str
    start: int
    end: int


class Mention(BaseModel):
    """A typed span of the normalised text that names (or refers to) an entity."""

    start: int
    end: int
    text: str
    type: EntityType
    key: str = Field("", description="identity of the entity the span refers to (set by resolution)")
    label: str = Field("", description="display name of that entity (set by resolution)")
    rule: str
    confidence: float = 1.0
    anaphoric: bool = Field(False, description="refers back (该区, 高新区, 该公司) rather than names")
    place: str = Field("", description="Place: its full name; Zone: the place its name starts with; Park: the city address written before it")
    kind: str = Field("", description="Zone: canonical kind (高新区, 经开区 ...); Measure: head noun")
    prefixed: bool = Field(False, description="Park/GovernmentBody: its zone is written right before it")
    written_from: int = Field(-1, description="Park/GovernmentBody/Company: where the name begins with its zone (or a park's city address) written in front; Zone: with its province")
    owner: str = Field("", description="Park/GovernmentBody: key of the zone it belongs to (set by resolution)")


class Evidence(BaseModel):
    doc: str
    sentence: str
    start: int = Field(description="offset into the original text of the document")
    end: int


class Entity(BaseModel):
    key: str
    type: EntityType
    label: str
    aliases: list[str] = Field([], description="other names the articles write it as")
    docs: list[str] = []
    short_forms: list[str] = Field([], description="short names it may go by elsewhere (used to merge, not shown)")


class Triple(BaseModel):
    subject: str = Field(description="entity key")
    predicate: Predicate
    object: str = Field(description="entity key")
    title: str = ""
    evidence: Evidence
    confidence: float
    rule: str
    inferred: bool = False


class RejectedTriple(BaseModel):
    """A triple the ontology does not allow (its subject or object has the wrong type)."""

    triple: Triple
    subject_type: str
    object_type: str
    reason: str


class DocumentGraph(BaseModel):
    """Everything extracted from one article: the unit that later stages merge."""

    doc: str
    main_zone: str | None = None
    entities: list[Entity]
    triples: list[Triple]


class AnalysedDocument(BaseModel):
    """A document as it moves through the stages: each stage fills in one more field."""

    raw: RawDocument
    norm: NormalisedText
    sentences: list[Sentence]
    tokens: list[list[Token]] = []
    mentions: list[Mention] = []
    main_zone: str | None = None

    def sentence_at(self, position: int) -> Sentence:
        for sentence in self.sentences:
            if sentence.start <= position < sentence.end:
                return sentence
        return self.sentences[-1]
