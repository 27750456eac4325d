"""What an attachment's content becomes before it is stored (headless, Pillow).

    processed = process_content(raw_bytes, "consent.jpg")
    processed.mime, processed.data, processed.thumbnail, processed.sha256

- Images (JPEG, PNG, and what Pillow reads besides: TIFF, BMP, WebP, GIF's first frame) are
  turned upright by their EXIF orientation, downscaled so the longer edge is at most
  `MAX_EDGE` pixels (2000; smaller images keep their size) and saved again with **no
  metadata at all** (no EXIF, no GPS position, no camera serial, no ICC profile, no text
  chunks): PNG stays PNG (and images with transparency become PNG), everything else becomes
  JPEG at quality 85. A multi-page TIFF scan is refused (keeping its first page only would
  lose the others silently): the scanner saves it as one PDF instead. HEIC photos are refused with a message asking for JPEG (Pillow reads
  HEIC only with a plug-in this program does not ship).
- PDFs (`%PDF-` at the start) are stored byte for byte, once pdfium (pypdfium2) has opened
  them (a damaged or password-locked PDF is refused).
- Anything else is refused. Every refusal is a ValidationError naming the file (field
  "file"); a stored result above `MAX_STORED_BYTES` (10 MiB) is refused too.
- Thumbnails: PNG, longer edge `THUMBNAIL_EDGE` (160 px): the image, or a PDF's first page.
- `page_images(data, mime)`: what a viewer shows, rendered in memory (PNG per PDF page, at
  most `MAX_VIEW_PAGES`); nothing is written to disk.
"""
from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from app.errors import N_, ValidationError
from app.models.attachments import MAX_STORED_BYTES

MAX_EDGE = 2000
THUMBNAIL_EDGE = 160
JPEG_QUALITY = 85
MAX_INPUT_BYTES = 64 * 1024 * 1024  # read no more than this from a file before processing
# what can be attached: the file dialog's patterns, the camera folder's list and the refusal's
# wording all come from here
ACCEPTED_FORMATS = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",), "TIFF": (".tif", ".tiff"),
                    "WebP": (".webp",), "BMP": (".bmp",), "PDF": (".pdf",)}
ACCEPTED_SUFFIXES = tuple(suffix for suffixes in ACCEPTED_FORMATS.values()
                          for suffix in suffixes)
ACCEPTED_NAMES = ", ".join(ACCEPTED_FORMATS)  # "JPEG, PNG, TIFF, WebP, BMP, PDF"
MAX_PIXELS = 80_000_000  # a larger image is refused (decompression bombs)
_HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1", b"heim", b"heis")


@dataclass(frozen=True)
class ProcessedContent:
    mime: str  # one of app.models.attachments.STORED_TYPES
    data: bytes
    thumbnail: bytes | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _refuse(source: str, filename: str, *args) -> ValidationError:
    return ValidationError(source, filename, *args, field="file")


def process_content(raw: bytes, filename: str) -> ProcessedContent:
    """The content to store for a file the worker chose (see the module docstring)."""
    if not raw:
        raise _refuse(N_("The file %1 is empty."), filename)
    if len(raw) > MAX_INPUT_BYTES:
        raise too_large(filename, len(raw))
    if raw.startswith(b"%PDF-"):
        processed = ProcessedContent("application/pdf", raw, _pdf_thumbnail(raw, filename))
    elif raw[4:8] == b"ftyp" and raw[8:12] in _HEIC_BRANDS:
        raise _refuse(N_("The photo %1 is in %2 format, which cannot be attached. Set the "
                         "camera or phone to %3, or save the photo as %3 first."), filename,
                      "HEIC", "JPEG")
    else:
        processed = _process_image(raw, filename)
    if len(processed.data) > MAX_STORED_BYTES:
        raise too_large(filename, len(processed.data))
    return processed


def too_large(filename: str, size: int) -> ValidationError:
    """The refusal of a file of `size` bytes (its real size, in MB) (field "file")."""
    return _refuse(N_("The file %1 is too large (%2); at most %3 can be attached."),
                   filename, _mb(size), _mb(MAX_STORED_BYTES))


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _process_image(raw: bytes, filename: str) -> ProcessedContent:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(raw))
            if image.width * image.height > MAX_PIXELS:
                raise _refuse(N_("The image %1 has too many pixels to be attached."), filename)
            source_format = image.format
            if source_format == "TIFF" and getattr(image, "n_frames", 1) > 1:
                raise _refuse(N_("The scan %1 has %2 pages; save it as one PDF to attach all "
                                 "of them."), filename, image.n_frames)
            image.load()
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError,
            Image.DecompressionBombWarning):
        raise _refuse(N_("The file %1 cannot be attached: only photos, scans and PDFs (%2) "
                         "can be."), filename, ACCEPTED_NAMES) from None
    except (OSError, ValueError, SyntaxError):
        raise _refuse(N_("The file %1 is damaged and cannot be read."), filename) from None
    try:
        upright = ImageOps.exif_transpose(image) or image
    except (OSError, ValueError, SyntaxError):
        upright = image  # an unreadable orientation tag: keep the pixels as they are
    keep_png = source_format == "PNG" or upright.mode in ("RGBA", "LA", "PA") or (
        upright.mode == "P" and "transparency" in upright.info)
    picture = upright.convert("RGBA" if keep_png else "RGB")
    picture.thumbnail((MAX_EDGE, MAX_EDGE), Image.Resampling.LANCZOS)
    data = _save_without_metadata(picture, "PNG" if keep_png else "JPEG")
    small = picture.copy()
    small.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE), Image.Resampling.LANCZOS)
    return ProcessedContent("image/png" if keep_png else "image/jpeg", data,
                            _save_without_metadata(small, "PNG"))


def _save_without_metadata(picture, image_format: str) -> bytes:
    """Only the pixels: a fresh image carrying none of the source's info (EXIF, GPS, ICC,
    comments, text chunks)."""
    from PIL import Image

    bare = Image.frombytes(picture.mode, picture.size, picture.tobytes())
    buffer = io.BytesIO()
    if image_format == "JPEG":
        bare.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    else:
        bare.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _render_pdf_page(document, index: int, edge: int):
    page = document[index]
    try:
        width, height = page.get_size()
        scale = edge / max(width, height, 1.0)
        return page.render(scale=scale).to_pil().convert("RGB")
    finally:
        page.close()


def _pdf_thumbnail(raw: bytes, filename: str) -> bytes:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(raw)
    except pypdfium2.PdfiumError:
        raise _refuse(N_("The PDF %1 is damaged or locked with a password and cannot be "
                         "attached."), filename) from None
    try:
        if len(document) == 0:
            raise _refuse(N_("The PDF %1 has no pages."), filename)
        from PIL import ImageOps

        page = _render_pdf_page(document, 0, THUMBNAIL_EDGE - 2)
        framed = ImageOps.expand(page, border=1, fill=(128, 128, 128))  # a white page's edge
        return _save_without_metadata(framed, "PNG")
    except pypdfium2.PdfiumError:
        raise _refuse(N_("The PDF %1 is damaged or locked with a password and cannot be "
                         "attached."), filename) from None
    finally:
        document.close()


MAX_VIEW_PAGES = 40
VIEW_EDGE = 1600


def page_images(data: bytes, mime: str) -> list[bytes]:
    """What a viewer shows: the image itself, or each PDF page (at most MAX_VIEW_PAGES)
    rendered to PNG in memory with its longer edge VIEW_EDGE pixels."""
    if mime.startswith("image/"):
        return [data]
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return [_save_without_metadata(_render_pdf_page(document, index, VIEW_EDGE), "PNG")
                for index in range(min(len(document), MAX_VIEW_PAGES))]
    finally:
        document.close()


def pdf_page_count(data: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def thumbnail_of(data: bytes, mime: str) -> bytes | None:
    """A thumbnail for stored content (used when a blob arrives from the county)."""
    if mime == "application/pdf":
        return _pdf_thumbnail(data, "")
    if not mime.startswith("image/"):
        return None
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        small = image.convert("RGBA" if mime == "image/png" else "RGB")
        small.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE), Image.Resampling.LANCZOS)
        return _save_without_metadata(small, "PNG")
