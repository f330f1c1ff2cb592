import sys

from .run import main

try:
    raise SystemExit(main())
except KeyboardInterrupt:
    # nginx has already been stopped by the time the interrupt gets here.
    print("bench: interrupted", file=sys.stderr)
    raise SystemExit(130) from None
