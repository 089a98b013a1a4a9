EARLY = "early"
from circfrom_pkg.late import LATE
