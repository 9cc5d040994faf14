"""Flask front end over the index: HTML pages, the JSON API and the embeddable widget."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from indexer.regions import RegionResolver
from indexer.schema import UNKNOWN_PLACE
from webapp.config import load_config
from webapp.errors import register_error_handlers
from webapp.ratelimit import register_rate_limit
from webapp.replica import register_replica
from webapp.security import add_security_headers


class JSONProvider(DefaultJSONProvider):
    ensure_ascii = False  # Chinese as characters, not \u escapes
    sort_keys = False  # keys in the contract's order


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(load_config(config))
    app.json = JSONProvider(app)
    app.jinja_env.globals["unknown_place"] = UNKNOWN_PLACE  # every template, macros included
    register_replica(app)  # the index reader, /healthz and the generation header

    from webapp import api, html, place_names, responses, widget

    app.extensions[place_names.EXTENSION_KEY] = RegionResolver.from_data()
    responses.load_vocabularies(app)

    # One blueprint per audience: people's pages, the JSON API, the embeddable widget.
    app.register_blueprint(html.blueprint)
    app.register_blueprint(api.blueprint)
    app.register_blueprint(widget.blueprint)
    register_error_handlers(app)
    register_rate_limit(app)
    app.after_request(add_security_headers)
    return app
