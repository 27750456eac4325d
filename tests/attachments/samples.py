"""Real sample files for attachment tests: a camera JPEG with EXIF (GPS position, camera
serial, orientation "rotate 90"), a PNG with a text chunk, a PDF with a known sentence."""
from __future__ import annotations

import io

MARKER = "attachment-planted-marker-7Q"


def camera_jpeg(width: int = 3000, height: int = 1000, *, marker: str = MARKER) -> bytes:
    """A landscape sensor image whose EXIF says "rotate 90° clockwise to view" (orientation 6),
    with GPS coordinates, a camera serial and a comment holding `marker`."""
    from PIL import Image

    image = Image.new("RGB", (width, height))
    image.paste((200, 30, 30), (0, 0, width // 2, height))  # left half red, right half blue
    image.paste((30, 30, 200), (width // 2, 0, width, height))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation
    exif[0x010F] = "CameraMaker"
    exif[0xA431] = "SERIAL-" + marker  # body serial number (in the Exif IFD below)
    exif[0x010E] = "description " + marker  # image description
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (29.0, 39.0, 1.5)
    gps[3], gps[4] = "E", (91.0, 7.0, 2.25)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, exif=exif, comment=marker.encode())
    return buffer.getvalue()


def png_with_text(marker: str = MARKER) -> bytes:
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    image = Image.new("RGBA", (400, 300), (10, 120, 10, 255))
    info = PngInfo()
    info.add_text("Comment", marker)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def pdf_with_text(text: str = MARKER, *, pad_to: int = 0) -> bytes:
    """A one-page PDF whose page shows `text` (uncompressed content, so the text is in the
    bytes), padded with a random-content image stream up to about `pad_to` bytes."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pageCompression=0)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    data = buffer.getvalue()
    if pad_to > len(data):
        import random

        # a comment after %%EOF is ignored by readers but kept in the stored bytes
        data += b"\n%" + random.Random(3).randbytes(pad_to - len(data)).replace(b"\n", b"x")
    return data
