"""The Garuda before a memo is printed (issue 16): the preview of a memo without an image
says so and how to add one; the settings dialog shows the memo head as it will print."""

from __future__ import annotations

import pytest

from test_ui_support import demo_window, wait_until

pytest_plugins = ("test_ui_support",)

pytestmark = pytest.mark.gui


def _garuda(path):
    from PIL import Image

    img = Image.new("RGB", (240, 300), "white")
    for x in range(60, 180):  # a dark block where the emblem is
        for y in range(40, 260):
            img.putpixel((x, y), (120, 20, 20))
    img.save(path)
    return str(path)


def test_memo_preview_says_there_is_no_garuda_and_how_to_add_one(window, qapp, tmp_path):
    demo_window(window, tmp_path / "demo.db")
    assert window.session.settings().garuda_path == ""
    preview = window.open_preview("memo")
    assert wait_until(qapp, lambda: preview.result is not None or preview.error is not None)
    said = [preview.warnings.item(i).text() for i in range(preview.warnings.count())]
    assert any("ตราครุฑ" in s and "ตั้งค่าการพิมพ์และภาษา" in s for s in said), said
    assert preview.warnings.isVisibleTo(preview)
    preview.close()


def test_settings_preview_the_memo_head(window, qapp, tmp_path):
    demo_window(window, tmp_path / "demo.db")
    dialog = window.open_settings()
    label = dialog.head_preview
    before = label.pixmap().toImage()
    assert not before.isNull() and before.width() > 300
    dialog.garuda.setText(_garuda(tmp_path / "garuda.png"))
    dialog.set_garuda(dialog.garuda.text())
    after = label.pixmap().toImage()
    assert after != before  # the Garuda now stands in its corner
    # top-left corner (where the Garuda prints) holds dark pixels now
    dark = sum(1 for x in range(0, after.width() // 4) for y in range(after.height())
               if after.pixelColor(x, y).red() < 160 and after.pixelColor(x, y).blue() < 100)
    assert dark > 20
    dialog.close()
