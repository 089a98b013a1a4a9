NAME = "broken"
raise RuntimeError("plugin failed to initialise")
