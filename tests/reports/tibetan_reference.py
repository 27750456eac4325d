"""Tibetan drawn without reportlab, as a yardstick: HarfBuzz shapes the text and its glyph
outlines are filled with Pillow. `shaped=False` draws one glyph per character with no
positioning (what an unshaped PDF shows: subjoined letters beside, not below, their base)."""
from __future__ import annotations

import uharfbuzz as hb
from PIL import Image, ImageChops, ImageDraw

from app.paths import resource_path


class _Pen:
    def __init__(self, scale, x0, y0, height):
        self.scale, self.x0, self.y0, self.height = scale, x0, y0, height
        self.contours, self.current, self.last = [], [], (0, 0)

    def _point(self, x, y):
        return (self.x0 + x * self.scale, self.height - (self.y0 + y * self.scale))

    def moveTo(self, p):
        self.current = [self._point(*p)]
        self.last = p

    def lineTo(self, p):
        self.current.append(self._point(*p))
        self.last = p

    def qCurveTo(self, *points):
        start = self.last
        control, end = points[0], points[-1]
        for step in range(1, 9):
            t = step / 8
            x = (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * control[0] + t * t * end[0]
            y = (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * control[1] + t * t * end[1]
            self.current.append(self._point(x, y))
        self.last = end

    def curveTo(self, c1, c2, end):
        start = self.last
        for step in range(1, 9):
            t = step / 8
            x = ((1 - t) ** 3 * start[0] + 3 * (1 - t) ** 2 * t * c1[0] + 3 * (1 - t) * t * t * c2[0]
                 + t ** 3 * end[0])
            y = ((1 - t) ** 3 * start[1] + 3 * (1 - t) ** 2 * t * c1[1] + 3 * (1 - t) * t * t * c2[1]
                 + t ** 3 * end[1])
            self.current.append(self._point(x, y))
        self.last = end

    def closePath(self):
        if len(self.current) > 2:
            self.contours.append(self.current)
        self.current = []

    endPath = closePath


def render(text: str, em_pixels: int = 80, shaped: bool = True) -> Image.Image:
    blob = hb.Blob.from_file_path(str(resource_path("fonts", "NotoSerifTibetan-Regular.ttf")))
    face = hb.Face(blob)
    font = hb.Font(face)
    scale = em_pixels / face.upem
    if shaped:
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        hb.shape(font, buffer, {})
        glyphs = [(i.codepoint, p.x_advance, p.x_offset, p.y_offset)
                  for i, p in zip(buffer.glyph_infos, buffer.glyph_positions)]
    else:
        glyphs = []
        for char in text:
            gid = font.get_nominal_glyph(ord(char)) or 0
            glyphs.append((gid, font.get_glyph_h_advance(gid) or face.upem // 2, 0, 0))
    width = int(sum(g[1] for g in glyphs) * scale) + 2 * em_pixels
    height = 3 * em_pixels
    image = Image.new("1", (width, height), 0)
    x = em_pixels / 2
    for gid, advance, x_offset, y_offset in glyphs:
        pen = _Pen(scale, x + x_offset * scale, em_pixels + y_offset * scale, height)
        font.draw_glyph_with_pen(gid, pen)
        for contour in pen.contours:  # even-odd: counters of letters become holes
            layer = Image.new("1", (width, height), 0)
            ImageDraw.Draw(layer).polygon(contour, fill=1)
            image = ImageChops.logical_xor(image, layer)
        x += advance * scale
    return image


def ink(image: Image.Image, size=(240, 80)) -> Image.Image:
    """The inked part of an image (black text on white, or 1 = ink), cropped and scaled."""
    image = image.convert("L")
    if image.getpixel((0, 0)) > 128:  # a page: dark ink on light paper
        image = Image.eval(image, lambda v: 255 - v)
    box = image.point(lambda v: 255 if v > 100 else 0).getbbox()
    return image.crop(box).resize(size).point(lambda v: 255 if v > 100 else 0).convert("1")


def overlap(a: Image.Image, b: Image.Image) -> float:
    """Intersection over union of the ink of two same-size images."""
    both = ImageChops.logical_and(a, b).histogram()[-1]
    either = ImageChops.logical_or(a, b).histogram()[-1]
    return both / either if either else 0.0
