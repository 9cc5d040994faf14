"""Named numpy arrays in one file, opened memory-mapped: what a generation's servers share.

    8 bytes   header length (little-endian)
    header    JSON {name: [dtype, shape, offset]}
    arrays    each at its offset, aligned to 64 bytes

`open_bundle` maps the file read-only, so opening costs microseconds whatever its size and every
process that opens it shares the same pages of the page cache. Written to a temporary name and
renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import json
import mmap
import os
import struct
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import numpy.typing as npt

ALIGN = 64
_LENGTH = struct.Struct("<Q")


class BundleError(Exception):
    """A bundle file that is missing, truncated or not a bundle."""


def write_bundle(path: Path, arrays: Mapping[str, np.ndarray]) -> None:
    layout: dict[str, tuple[str, list[int], int]] = {}  # name: (dtype, shape, offset)
    offset = 0
    for name, array in arrays.items():
        offset = _aligned(offset)
        layout[name] = (array.dtype.str, list(array.shape), offset)
        offset += array.nbytes
    header = json.dumps(layout).encode()
    start = _aligned(_LENGTH.size + len(header))
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as handle:
        handle.write(_LENGTH.pack(len(header)) + header)
        for name, array in arrays.items():
            handle.seek(start + layout[name][2])
            handle.write(np.ascontiguousarray(array).tobytes())
        handle.truncate(start + offset)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


class Bundle:
    """A bundle file mapped read-only: its arrays, and the map itself for byte searches."""

    def __init__(self, path: Path) -> None:
        try:
            with open(path, "rb") as handle:
                self.mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as error:
            raise BundleError(f"{path.name}: {error}") from error
        try:
            (length,) = _LENGTH.unpack_from(self.mapped, 0)
            layout = json.loads(bytes(self.mapped[_LENGTH.size : _LENGTH.size + length]))
            start = _aligned(_LENGTH.size + length)
            self.offsets = {name: start + offset for name, (_, _, offset) in layout.items()}
            self.arrays = {
                name: np.frombuffer(
                    self.mapped, np.dtype(dtype), int(np.prod(shape)), start + offset
                ).reshape(shape)
                for name, (dtype, shape, offset) in layout.items()
            }
        except (struct.error, ValueError, TypeError) as error:
            raise BundleError(f"{path.name} is damaged: {error}") from error


def open_bundle(path: Path) -> dict[str, np.ndarray]:
    """The bundle's arrays, read-only views of the mapped file."""
    return Bundle(path).arrays


def strings_array(values: list[str]) -> npt.NDArray[np.uint8]:
    """A list of strings as one uint8 array (JSON), for a bundle."""
    return np.frombuffer(json.dumps(values, ensure_ascii=False).encode(), dtype=np.uint8)


def strings(array: npt.NDArray[np.uint8]) -> list[str]:
    values: list[str] = json.loads(array.tobytes().decode())
    return values


def _aligned(offset: int) -> int:
    return -(-offset // ALIGN) * ALIGN
