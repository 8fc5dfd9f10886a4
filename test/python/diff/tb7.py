print("start")
raise SystemExit("goodbye message")
