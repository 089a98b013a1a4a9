from osplug_pkg.models import Nothing
