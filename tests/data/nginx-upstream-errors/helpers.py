#!/usr/bin/env python3
"""Tiny peers for capturing real nginx lines: a DNS server that answers NXDOMAIN,
a TCP server that accepts and closes at once without reading,
and one that accepts and never reads."""
import socket, sys, threading, time

def dns_nxdomain(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", port))
    while True:
        data, addr = s.recvfrom(512)
        if len(data) < 12:
            continue
        # same id, QR=1 RD RA, RCODE=3 (NXDOMAIN), one question echoed, no answers
        reply = data[:2] + b"\x81\x83" + data[4:6] + b"\x00\x00\x00\x00\x00\x00" + data[12:]
        s.sendto(reply, addr)

def close_at_once(port):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen(16)
    while True:
        c, _ = s.accept()
        c.recv(16)
        c.close()

def sink(port):
    # accepts and never reads: the sender's buffers fill up
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen(16)
    held = []
    while True:
        c, _ = s.accept()
        c.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        held.append(c)

kind, port = sys.argv[1], int(sys.argv[2])
{"dns": dns_nxdomain, "closer": close_at_once, "sink": sink}[kind](port)
