#!/usr/bin/env python3
"""Tiny peers for capturing real nginx lines: a DNS server that answers NXDOMAIN,
a TCP server that accepts and closes at once without reading,
one that accepts and never reads, and one that reads the request, answers with
fixed raw bytes (given in hex) and closes."""
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

def raw_answer(port, data):
    # whatever the request was (HTTP, FastCGI, SCGI, uwsgi, HTTP/2): these bytes, then FIN
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen(16)
    while True:
        c, _ = s.accept()
        c.settimeout(0.3)
        try:
            while c.recv(65536):
                pass
        except OSError:
            pass
        try:
            c.sendall(data)
            time.sleep(0.2)
        except OSError:
            pass
        c.close()

kind, port = sys.argv[1], int(sys.argv[2])
if kind == "raw":
    raw_answer(port, bytes.fromhex(sys.argv[3]))
else:
    {"dns": dns_nxdomain, "closer": close_at_once, "sink": sink}[kind](port)
