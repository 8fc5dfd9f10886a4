# logging without any handler: the last-resort handler, then the one-time notice
import logging, sys
lg = logging.getLogger("lonely")
lg.warning("to stderr via last resort %d", 1)
lg.info("below last resort's level")
logging.lastResort = None
lg.error("first without last resort")
lg.error("second without last resort")
print(logging.getLogger("lonely.kid").getChild("x").name, logging.getLogger().getChild("top").name)
print(logging.getLogger("") is logging.root, logging.getLogger("root") is logging.root)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)
