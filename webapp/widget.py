"""The embeddable widget: `/widget.js` (plain and versioned), its stylesheet, `/embed`, `/widget`.

The script is generated once per app from `static/widget.js`: the section-type labels from the
schema and the shadow-root stylesheet from `static/widget.css` are written into it, and its content
hash becomes the version in `/widget.<hash>.js` (cached for a year) and the ETag of every copy.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, current_app, render_template, request, url_for
from flask.blueprints import BlueprintSetupState
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response as BaseResponse

from indexer.schema import FACET_NAMES, SECTION_TYPE_LABELS
from webapp.query_args import search_request
from webapp.urls import public_url

blueprint = Blueprint("widget", __name__)

STATIC = Path(__file__).resolve().parent / "static"
EXTENSION_KEY = "widget_assets"
# Everything below this line of widget.css styles HOST's own pages, not the shadow root.
PAGE_RULES_MARKER = "/* -- page styles"
SHORT_MAX_AGE = 300  # the plain URL hosts paste: picks up a new release within minutes
LONG_MAX_AGE = 365 * 24 * 3600  # a versioned URL never changes content
EMBED_SIZE = 10


@dataclass(frozen=True, slots=True)
class Asset:
    body: bytes
    mimetype: str
    version: str  # content hash: the ETag and the versioned file name


@dataclass(frozen=True, slots=True)
class WidgetAssets:
    script: Asset
    stylesheet: Asset


def make_asset(body: bytes, mimetype: str) -> Asset:
    return Asset(body, mimetype, hashlib.sha256(body).hexdigest()[:16])


def fill_markers(source: str, values: dict[str, str]) -> str:
    """Replace each `/*@NAME@*/ default` marker of widget.js with a JSON literal."""
    for name, literal in values.items():
        marker = f"/*@{name}@*/"
        start = source.index(marker)  # a missing marker is a packaging bug: fail at start-up
        end = source.index(";", start)
        source = source[:start] + literal + source[end:]
    return source


def shadow_css(css: str) -> str:
    """The shadow-root rules of widget.css, without comments and runs of whitespace."""
    rules = re.sub(r"/\*.*?\*/", "", css.split(PAGE_RULES_MARKER)[0], flags=re.DOTALL)
    return re.sub(r"\s+", " ", rules).strip()


def build_assets(static: Path = STATIC) -> WidgetAssets:
    css = (static / "widget.css").read_text(encoding="utf-8")
    stylesheet = make_asset(css.encode(), "text/css")
    labels = {str(slug): label for slug, label in SECTION_TYPE_LABELS.items()}
    script = fill_markers(
        (static / "widget.js").read_text(encoding="utf-8"),
        {
            "TYPE_LABELS": json.dumps(labels, ensure_ascii=False),
            "CSS_TEXT": json.dumps(shadow_css(css), ensure_ascii=False),
            "CSS_PATH": json.dumps(f"widget.{stylesheet.version}.css"),
        },
    )
    return WidgetAssets(make_asset(script.encode(), "text/javascript"), stylesheet)


@blueprint.record_once
def _load_assets(state: BlueprintSetupState) -> None:
    state.app.extensions[EXTENSION_KEY] = build_assets()


def assets() -> WidgetAssets:
    loaded: WidgetAssets = current_app.extensions[EXTENSION_KEY]
    return loaded


def asset_response(asset: Asset, max_age: int) -> BaseResponse:
    response = current_app.response_class(asset.body, mimetype=asset.mimetype)
    response.set_etag(asset.version)
    response.cache_control.public = True
    response.cache_control.max_age = max_age
    if max_age == LONG_MAX_AGE:
        response.cache_control.immutable = True
    # A public static file: lets hosts load it with crossorigin/integrity (SRI).
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response.make_conditional(request)


def versioned_response(asset: Asset, version: str) -> BaseResponse:
    # An old version's URL gets today's file, cached briefly, rather than a broken host page.
    return asset_response(asset, LONG_MAX_AGE if version == asset.version else SHORT_MAX_AGE)


@blueprint.get("/widget.js")
def script() -> BaseResponse:
    return asset_response(assets().script, SHORT_MAX_AGE)


@blueprint.get("/widget.<version>.js")
def script_versioned(version: str) -> BaseResponse:
    return versioned_response(assets().script, version)


@blueprint.get("/widget.css")
def stylesheet() -> BaseResponse:
    return asset_response(assets().stylesheet, SHORT_MAX_AGE)


@blueprint.get("/widget.<version>.css")
def stylesheet_versioned(version: str) -> BaseResponse:
    return versioned_response(assets().stylesheet, version)


def script_url() -> str:
    return url_for("widget.script_versioned", version=assets().script.version)


def widget_attributes(args: MultiDict[str, str]) -> dict[str, str]:
    """The data-* attributes of the embedded widget from /embed's query string (validated)."""
    search_request(args, default_size=EMBED_SIZE)  # a bad parameter is a 400, as in the API
    attributes = {f"data-{name}": ",".join(args.getlist(name)) for name in FACET_NAMES}
    attributes |= {"data-query": args.get("q", ""), "data-size": args.get("size", "")}
    attributes["data-placeholder"] = args.get("placeholder", "")[:100]
    return {name: value for name, value in attributes.items() if value}


@blueprint.get("/embed")
def embed() -> str:
    return render_template(
        "embed.html",
        attributes=widget_attributes(request.args),
        script_url=script_url(),
        stylesheet_url=url_for("widget.stylesheet_versioned", version=assets().stylesheet.version),
    )


@blueprint.get("/widget")
def demo() -> str:
    host_script = public_url("widget.script")
    snippet = (
        '<div data-report-search data-province="广东省"></div>\n'
        f'<script src="{host_script}" async></script>'
    )
    return render_template(
        "widget_demo.html",
        snippet=snippet,
        # Shown to people, so unencoded; browsers encode it when they load the frame.
        embed_url=public_url("widget.embed") + "?q=行政复议&province=广东省",
        script_url=script_url(),
        stylesheet_url=url_for("widget.stylesheet_versioned", version=assets().stylesheet.version),
        type_labels={str(slug): label for slug, label in SECTION_TYPE_LABELS.items()},
    )
