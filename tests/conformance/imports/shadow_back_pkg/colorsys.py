ORIGIN = "local colorsys (appended)"
