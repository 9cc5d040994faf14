"""Request parameters -> SearchRequest, with a 400 naming the parameter for anything invalid."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from werkzeug.datastructures import MultiDict

from indexer.models import SectionType
from indexer.normalize import to_simplified
from indexer.querying.query_language import MAX_QUERY_LENGTH
from indexer.querying.search import MAX_PAGE, MAX_PAGE_SIZE, Grouping, SearchRequest, Sort
from indexer.schema import FACET_NAMES, TYPE, YEAR

Choice = TypeVar("Choice", bound=StrEnum)

DEFAULT_SIZE = 10
MAX_FILTER_VALUES = 50
MAX_VALUE_LENGTH = 50


class InvalidParameter(ValueError):
    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"参数 {name} 无效：{message}")
        self.name = name


def search_request(args: MultiDict[str, str], default_size: int = DEFAULT_SIZE) -> SearchRequest:
    query = args.get("q", "")
    if len(query) > MAX_QUERY_LENGTH:
        raise InvalidParameter("q", f"最多 {MAX_QUERY_LENGTH} 个字符")
    return SearchRequest(
        query=query,
        filters=tuple((name, _filter_values(args, name)) for name in FACET_NAMES if name in args),
        page=_integer(args, "page", 1, 1, MAX_PAGE),
        size=_integer(args, "size", default_size, 1, MAX_PAGE_SIZE),
        sort=_choice(args, "sort", Sort, Sort.RELEVANCE),
        group=_choice(args, "group", Grouping, Grouping.SECTION),
    )


def filter_values(args: MultiDict[str, str], name: str) -> tuple[str, ...]:
    """A repeatable filter parameter's values (`province=广东省&province=天津市`): trimmed, in
    simplified characters, each once; a 400 for too many or too long. Every page and API reads its
    filters here."""
    values = tuple(dict.fromkeys(to_simplified(v.strip()) for v in args.getlist(name) if v.strip()))
    if len(values) > MAX_FILTER_VALUES or any(len(v) > MAX_VALUE_LENGTH for v in values):
        message = f"最多 {MAX_FILTER_VALUES} 个取值，每个不超过 {MAX_VALUE_LENGTH} 字"
        raise InvalidParameter(name, message)
    return values


def _filter_values(args: MultiDict[str, str], name: str) -> tuple[str, ...]:
    values = filter_values(args, name)
    for value in values:
        if name == YEAR and not (value.isascii() and value.isdigit() and len(value) == 4):
            raise InvalidParameter(name, f"年份应为四位数字，收到 {value!r}")
        if name == TYPE and value not in {t.value for t in SectionType}:
            allowed = ", ".join(SectionType)
            raise InvalidParameter(name, f"未知类型 {value!r}，可选：{allowed}")
    return values


def _integer(args: MultiDict[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = args.get(name)
    if raw is None or raw == "":
        return default
    if not (raw.isascii() and raw.isdigit()):
        raise InvalidParameter(name, f"应为 {low} 到 {high} 之间的整数")
    value = int(raw)
    if not low <= value <= high:
        raise InvalidParameter(name, f"应为 {low} 到 {high} 之间的整数")
    return value


def _choice(args: MultiDict[str, str], name: str, enum: type[Choice], default: Choice) -> Choice:
    raw = args.get(name)
    if raw is None or raw == "":
        return default
    try:
        return enum(raw)
    except ValueError:
        allowed = ", ".join(enum)
        raise InvalidParameter(name, f"可选：{allowed}") from None
