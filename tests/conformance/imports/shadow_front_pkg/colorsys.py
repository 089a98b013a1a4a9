ORIGIN = "local colorsys (front)"
