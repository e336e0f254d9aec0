/** The Linux system calls static glibc and busybox use, served from the host. */

import { randomFillSync } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isatty } from "node:tty";
import type { Cpu } from "../core/cpu";
import { PAGE_SIZE } from "../core/memory";
import { GuestMemoryError, UnimplementedSyscallError } from "../errors";
import { PROT_READ, PROT_WRITE, pageAlignUp, type UserAddressSpace } from "./address-space";
import { syscallName } from "./syscall-names";

/** Thrown by exit/exit_group to end the run loop. */
export class ProcessExit {
  constructor(readonly status: number) {}
}

const E = {
  PERM: 1,
  NOENT: 2,
  BADF: 9,
  CHILD: 10,
  AGAIN: 11,
  NOMEM: 12,
  FAULT: 14,
  EXIST: 17,
  NOTDIR: 20,
  ISDIR: 21,
  INVAL: 22,
  NOTTY: 25,
  SPIPE: 29,
  RANGE: 34,
  NOSYS: 38,
} as const;
const AT_FDCWD = -100;
const AT_EMPTY_PATH = 0x1000;
const AT_SYMLINK_NOFOLLOW = 0x100;

/** An open guest file descriptor. */
interface OpenFile {
  host: number;
  path: string;
  /** Directory listing for getdents64, created lazily. */
  dirEntries: fs.Dirent[] | null;
  dirPos: number;
  isDir: boolean;
  position: number | null;
  cloexec: boolean;
}

function errnoOf(e: unknown): number {
  const code = (e as NodeJS.ErrnoException).code;
  const map: Record<string, number> = {
    ENOENT: E.NOENT,
    EACCES: 13,
    EPERM: E.PERM,
    EEXIST: E.EXIST,
    ENOTDIR: E.NOTDIR,
    EISDIR: E.ISDIR,
    EINVAL: E.INVAL,
    EBADF: E.BADF,
    ESPIPE: E.SPIPE,
    EAGAIN: E.AGAIN,
    ENOTEMPTY: 39,
    ELOOP: 40,
    ENAMETOOLONG: 36,
    EPIPE: 32,
  };
  return map[code ?? ""] ?? 5;
}

export class LinuxSyscalls {
  private readonly files = new Map<number, OpenFile>();
  private readonly sigactions = new Map<number, bigint[]>();
  private sigmask = 0n;
  private cwd = process.cwd();
  private readonly pid = 1000 + (process.pid % 30000);
  private umaskValue = 0o022;

  constructor(
    private readonly cpu: Cpu,
    private readonly mem: UserAddressSpace,
    stdio: readonly [number, number, number],
    private readonly observer?: { beforeOutput(): void },
  ) {
    for (const [i, host] of stdio.entries()) {
      this.files.set(i, {
        host,
        path: `<stdio ${i}>`,
        dirEntries: null,
        dirPos: 0,
        isDir: false,
        position: null,
        cloexec: false,
      });
    }
  }

  private arg(i: number): number {
    const x = this.cpu.x;
    return (x[i * 2 + 1]! >>> 0) * 4294967296 + (x[i * 2]! >>> 0);
  }

  private argInt(i: number): number {
    return this.cpu.x[i * 2]!;
  }

  private setResult(v: number | bigint): void {
    const b = BigInt.asUintN(64, BigInt(v));
    this.cpu.x[0] = Number(b & 0xffffffffn) | 0;
    this.cpu.x[1] = Number(b >> 32n) | 0;
  }

  /** Handles the SVC that stopped the core: number in X8, arguments in X0-X5, result in X0. */
  dispatch(): void {
    const nr = this.cpu.x[16]!;
    let r: number | bigint;
    try {
      r = this.call(nr);
    } catch (e) {
      if (e instanceof GuestMemoryError) r = -E.FAULT;
      else if (e instanceof ProcessExit || e instanceof UnimplementedSyscallError) throw e;
      else if ((e as NodeJS.ErrnoException).code !== undefined) r = -errnoOf(e);
      else throw e;
    }
    this.setResult(r);
  }

  private file(fd: number): OpenFile | null {
    return this.files.get(fd) ?? null;
  }

  private resolve(dirfd: number, p: string): string {
    if (path.isAbsolute(p)) return p;
    if (dirfd === AT_FDCWD) return path.resolve(this.cwd, p);
    const f = this.file(dirfd);
    return path.resolve(f?.path ?? this.cwd, p);
  }

  private newFd(f: OpenFile, min = 0): number {
    let fd = min;
    while (this.files.has(fd)) fd++;
    this.files.set(fd, f);
    return fd;
  }

  private call(nr: number): number | bigint {
    switch (nr) {
      case 63: // read
        return this.read(this.argInt(0), this.arg(1), this.arg(2), null);
      case 67: // pread64
        return this.read(this.argInt(0), this.arg(1), this.arg(2), this.arg(3));
      case 64: // write
        return this.write(this.argInt(0), this.arg(1), this.arg(2));
      case 65: // readv
      case 66: {
        // writev
        const fd = this.argInt(0);
        const iov = this.arg(1);
        const count = this.argInt(2);
        let total = 0;
        for (let i = 0; i < count; i++) {
          const base = Number(this.mem.readU64(iov + i * 16));
          const len = Number(this.mem.readU64(iov + i * 16 + 8));
          if (len === 0) continue;
          const n = nr === 66 ? this.write(fd, base, len) : this.read(fd, base, len, null);
          if (n < 0) return total > 0 ? total : n;
          total += n;
          if (n < len) break;
        }
        return total;
      }
      case 56: // openat
        return this.openat(this.argInt(0), this.mem.readCString(this.arg(1)), this.argInt(2), this.argInt(3));
      case 57: {
        // close
        const fd = this.argInt(0);
        const f = this.file(fd);
        if (f === null) return -E.BADF;
        this.files.delete(fd);
        if (fd > 2 && f.host > 2 && ![...this.files.values()].some((o) => o.host === f.host)) fs.closeSync(f.host);
        return 0;
      }
      case 23: {
        // dup
        const f = this.file(this.argInt(0));
        if (f === null) return -E.BADF;
        return this.newFd({ ...f, cloexec: false });
      }
      case 24: {
        // dup3
        const f = this.file(this.argInt(0));
        const to = this.argInt(1);
        if (f === null) return -E.BADF;
        if (to === this.argInt(0)) return -E.INVAL;
        this.files.set(to, { ...f, cloexec: (this.argInt(2) & 0x80000) !== 0 });
        return to;
      }
      case 25: {
        // fcntl
        const fd = this.argInt(0);
        const f = this.file(fd);
        if (f === null) return -E.BADF;
        const cmd = this.argInt(1);
        if (cmd === 0 || cmd === 1030) return this.newFd({ ...f }, this.argInt(2)); // F_DUPFD(_CLOEXEC)
        if (cmd === 1) return f.cloexec ? 1 : 0;
        if (cmd === 2) {
          f.cloexec = (this.argInt(2) & 1) !== 0;
          return 0;
        }
        if (cmd === 3) return f.isDir ? 0x4000 : 2; // F_GETFL
        if (cmd === 4) return 0;
        return -E.INVAL;
      }
      case 59: // pipe2
        return -E.NOSYS;
      case 29: // ioctl
        return this.ioctl(this.argInt(0), this.argInt(1) >>> 0, this.arg(2));
      case 62: {
        // lseek
        const f = this.file(this.argInt(0));
        if (f === null) return -E.BADF;
        if (f.position === null) return -E.SPIPE;
        const off = Number(BigInt.asIntN(64, BigInt(this.arg(1))));
        const whence = this.argInt(2);
        const base = whence === 0 ? 0 : whence === 1 ? f.position : fs.fstatSync(f.host).size;
        if (whence > 2) return -E.INVAL;
        if (base + off < 0) return -E.INVAL;
        f.position = base + off;
        return f.position;
      }
      case 61:
        return this.getdents64(this.argInt(0), this.arg(1), this.argInt(2));
      case 78: {
        // readlinkat
        const p = this.mem.readCString(this.arg(1));
        let target: string;
        if (p === "/proc/self/exe") target = this.exePath;
        else target = fs.readlinkSync(this.resolve(this.argInt(0), p));
        const bytes = Buffer.from(target).subarray(0, this.arg(3));
        this.mem.write(this.arg(2), bytes);
        return bytes.length;
      }
      case 79: {
        // newfstatat
        const dirfd = this.argInt(0);
        const p = this.mem.readCString(this.arg(1));
        const flags = this.argInt(3);
        let st: fs.BigIntStats;
        if (p === "" && (flags & AT_EMPTY_PATH) !== 0) {
          const f = this.file(dirfd);
          if (f === null) return -E.BADF;
          st = fs.fstatSync(f.host, { bigint: true });
        } else {
          const full = this.resolve(dirfd, p);
          st =
            (flags & AT_SYMLINK_NOFOLLOW) !== 0
              ? fs.lstatSync(full, { bigint: true })
              : fs.statSync(full, { bigint: true });
        }
        this.writeStat(this.arg(2), st);
        return 0;
      }
      case 80: {
        // fstat
        const f = this.file(this.argInt(0));
        if (f === null) return -E.BADF;
        this.writeStat(this.arg(1), fs.fstatSync(f.host, { bigint: true }));
        return 0;
      }
      case 48:
      case 439: {
        // faccessat(2)
        fs.accessSync(this.resolve(this.argInt(0), this.mem.readCString(this.arg(1))), this.argInt(2) & 7);
        return 0;
      }
      case 17: {
        // getcwd
        const b = Buffer.from(`${this.cwd}\0`);
        if (b.length > this.arg(1)) return -E.RANGE;
        this.mem.write(this.arg(0), b);
        return b.length;
      }
      case 49: {
        // chdir
        const p = this.resolve(AT_FDCWD, this.mem.readCString(this.arg(0)));
        if (!fs.statSync(p).isDirectory()) return -E.NOTDIR;
        this.cwd = p;
        return 0;
      }
      case 93: // exit
      case 94: // exit_group
        throw new ProcessExit(this.argInt(0) & 0xff);
      case 96: // set_tid_address
        return this.pid;
      case 99: // set_robust_list
        return 0;
      case 293: // rseq
        return -E.NOSYS;
      case 98: // futex: single thread, nothing ever waits for real
        return 0;
      case 214: // brk
        return this.mem.setBrk(this.arg(0) === 0 ? this.mem.brkEnd : this.arg(0));
      case 222:
        return this.mmap(this.arg(0), this.arg(1), this.argInt(2), this.argInt(3), this.argInt(4), this.arg(5));
      case 215: {
        // munmap
        const a = this.arg(0);
        if (a % PAGE_SIZE !== 0) return -E.INVAL;
        this.mem.unmap(a, pageAlignUp(this.arg(1)));
        return 0;
      }
      case 226: {
        // mprotect
        const a = this.arg(0);
        if (a % PAGE_SIZE !== 0) return -E.INVAL;
        return this.mem.protect(a, pageAlignUp(this.arg(1)), this.argInt(2)) ? 0 : -E.NOMEM;
      }
      case 216:
        return this.mremap(this.arg(0), this.arg(1), this.arg(2), this.argInt(3));
      case 233: // madvise
        return 0;
      case 160: {
        // uname: six 65-byte fields
        const fields = ["Linux", os.hostname(), "6.1.0-a64vm", "#1 SMP a64vm", "aarch64", "(none)"];
        const b = new Uint8Array(65 * 6);
        for (const [i, s] of fields.entries()) b.set(Buffer.from(s).subarray(0, 64), i * 65);
        this.mem.write(this.arg(0), b);
        return 0;
      }
      case 172: // getpid
      case 178: // gettid
        return this.pid;
      case 173: // getppid
        return this.pid - 1;
      case 174:
      case 175:
      case 176:
      case 177:
        return nr === 174 || nr === 175 ? (process.getuid?.() ?? 0) : (process.getgid?.() ?? 0);
      case 158: // getgroups
        return 0;
      case 154:
      case 157:
        return 0;
      case 155:
        return this.pid;
      case 166: {
        const old = this.umaskValue;
        this.umaskValue = this.argInt(0) & 0o777;
        return old;
      }
      case 113: {
        // clock_gettime
        const clock = this.argInt(0);
        let ns: bigint;
        if (clock === 0 || clock === 5 || clock === 8) ns = BigInt(Date.now()) * 1000000n;
        else ns = process.hrtime.bigint();
        this.writeTimespec(this.arg(1), ns);
        return 0;
      }
      case 169: {
        // gettimeofday
        const us = BigInt(Date.now()) * 1000n;
        if (this.arg(0) !== 0) {
          this.mem.writeU64(this.arg(0), us / 1000000n);
          this.mem.writeU64(this.arg(0) + 8, us % 1000000n);
        }
        return 0;
      }
      case 101:
      case 115: // nanosleep / clock_nanosleep: time passes instantly for the guest
      case 124: // sched_yield
        return 0;
      case 278: {
        // getrandom
        const n = Math.min(this.arg(1), 1 << 20);
        this.mem.write(this.arg(0), randomFillSync(new Uint8Array(n)));
        return n;
      }
      case 134: {
        // rt_sigaction: recorded, never delivered
        const sig = this.argInt(0);
        const act = this.arg(1);
        const old = this.arg(2);
        if (sig < 1 || sig > 64 || sig === 9 || sig === 19) return -E.INVAL;
        const prev = this.sigactions.get(sig) ?? [0n, 0n, 0n, 0n];
        if (old !== 0) for (const [i, v] of prev.entries()) this.mem.writeU64(old + i * 8, v);
        if (act !== 0)
          this.sigactions.set(
            sig,
            [0, 1, 2, 3].map((i) => this.mem.readU64(act + i * 8)),
          );
        return 0;
      }
      case 135: {
        // rt_sigprocmask
        const how = this.argInt(0);
        const set = this.arg(1);
        const old = this.arg(2);
        if (old !== 0) this.mem.writeU64(old, this.sigmask);
        if (set !== 0) {
          const v = this.mem.readU64(set);
          if (how === 0) this.sigmask |= v;
          else if (how === 1) this.sigmask &= ~v;
          else if (how === 2) this.sigmask = v;
          else return -E.INVAL;
        }
        return 0;
      }
      case 132: // sigaltstack
        return 0;
      case 129:
      case 131: {
        // kill/tgkill to itself: the default action of the signal ends the process
        const sig = nr === 129 ? this.argInt(1) : this.argInt(2);
        if (sig === 0) return 0;
        throw new ProcessExit(128 + sig);
      }
      case 261: {
        // prlimit64
        const old = this.arg(3);
        if (old !== 0) {
          const resource = this.argInt(1);
          const cur = resource === 3 ? 8n * 1024n * 1024n : resource === 7 ? 1024n : 0xffffffffffffffffn;
          this.mem.writeU64(old, cur);
          this.mem.writeU64(old + 8, resource === 7 ? 4096n : 0xffffffffffffffffn);
        }
        return 0;
      }
      case 163: {
        // getrlimit
        this.mem.writeU64(this.arg(1), 0xffffffffffffffffn);
        this.mem.writeU64(this.arg(1) + 8, 0xffffffffffffffffn);
        return 0;
      }
      case 165: // getrusage
        this.mem.write(this.arg(1), new Uint8Array(144));
        return 0;
      case 179: // sysinfo
        this.mem.write(this.arg(0), new Uint8Array(112));
        return 0;
      case 167: // prctl
        return -E.INVAL;
      case 220:
      case 221:
      case 435:
      case 260:
        return -E.NOSYS;
      case 82: // fsync
        return 0;
      case 35: {
        // unlinkat
        const p = this.resolve(this.argInt(0), this.mem.readCString(this.arg(1)));
        if ((this.argInt(2) & 0x200) !== 0) fs.rmdirSync(p);
        else fs.unlinkSync(p);
        return 0;
      }
      case 34: // mkdirat
        fs.mkdirSync(this.resolve(this.argInt(0), this.mem.readCString(this.arg(1))), {
          mode: this.argInt(2) & 0o7777,
        });
        return 0;
      case 38:
      case 276: // renameat(2)
        fs.renameSync(
          this.resolve(this.argInt(0), this.mem.readCString(this.arg(1))),
          this.resolve(this.argInt(2), this.mem.readCString(this.arg(3))),
        );
        return 0;
      case 46: {
        const f = this.file(this.argInt(0));
        if (f === null) return -E.BADF;
        fs.ftruncateSync(f.host, this.arg(1));
        return 0;
      }
      case 52:
      case 53:
      case 54:
      case 55:
      case 88: // chmod/chown/utimensat: accepted, host metadata left alone
        return 0;
      default:
        throw new UnimplementedSyscallError(nr, syscallName(nr));
    }
  }

  /** Path reported for /proc/self/exe. */
  exePath = "/proc/self/exe";

  private read(fd: number, buf: number, len: number, at: number | null): number {
    const f = this.file(fd);
    if (f === null) return -E.BADF;
    if (f.isDir) return -E.ISDIR;
    const tmp = Buffer.alloc(Math.min(len, 1 << 20));
    let n: number;
    try {
      n = fs.readSync(f.host, tmp, 0, tmp.length, at ?? f.position);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") return this.read(fd, buf, len, at);
      if ((e as NodeJS.ErrnoException).code === "EOF") return 0;
      throw e;
    }
    if (at === null && f.position !== null) f.position += n;
    this.mem.write(buf, tmp.subarray(0, n));
    return n;
  }

  private write(fd: number, buf: number, len: number): number {
    const f = this.file(fd);
    if (f === null) return -E.BADF;
    const data = this.mem.read(buf, len);
    this.observer?.beforeOutput();
    let done = 0;
    while (done < data.length) {
      try {
        done += fs.writeSync(f.host, data, done, data.length - done, f.position === null ? null : f.position + done);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        if ((e as NodeJS.ErrnoException).code === "EPIPE") throw new ProcessExit(128 + 13);
        throw e;
      }
    }
    if (f.position !== null) f.position += done;
    return done;
  }

  private openat(dirfd: number, p: string, flags: number, mode: number): number {
    const full = this.resolve(dirfd, p);
    const acc = flags & 3;
    let hostFlags = acc === 0 ? fs.constants.O_RDONLY : acc === 1 ? fs.constants.O_WRONLY : fs.constants.O_RDWR;
    if (flags & 0x40) hostFlags |= fs.constants.O_CREAT;
    if (flags & 0x80) hostFlags |= fs.constants.O_EXCL;
    if (flags & 0x200) hostFlags |= fs.constants.O_TRUNC;
    if (flags & 0x400) hostFlags |= fs.constants.O_APPEND;
    const wantDir = (flags & 0x4000) !== 0;
    const st = fs.existsSync(full) ? fs.statSync(full) : null;
    if (wantDir && (st === null || !st.isDirectory())) return st === null ? -E.NOENT : -E.NOTDIR;
    const isDir = st?.isDirectory() ?? false;
    if (isDir && acc !== 0) return -E.ISDIR;
    const host = fs.openSync(full, hostFlags, mode & ~this.umaskValue & 0o7777);
    const seekable = !isDir && (st === null || st.isFile());
    return this.newFd({
      host,
      path: full,
      dirEntries: null,
      dirPos: 0,
      isDir,
      position: seekable ? 0 : null,
      cloexec: (flags & 0x80000) !== 0,
    });
  }

  private ioctl(fd: number, request: number, argp: number): number {
    const f = this.file(fd);
    if (f === null) return -E.BADF;
    const tty = !f.isDir && f.host <= 2 && isatty(f.host);
    if (request === 0x5401) {
      // TCGETS: a zeroed termios on a terminal
      if (!tty) return -E.NOTTY;
      this.mem.write(argp, new Uint8Array(60));
      return 0;
    }
    if (request === 0x5413) {
      // TIOCGWINSZ
      if (!tty) return -E.NOTTY;
      const ws = new DataView(new ArrayBuffer(8));
      const out = f.host === 1 || f.host === 2 ? (f.host === 1 ? process.stdout : process.stderr) : null;
      ws.setUint16(0, out?.rows ?? 24, true);
      ws.setUint16(2, out?.columns ?? 80, true);
      this.mem.write(argp, new Uint8Array(ws.buffer));
      return 0;
    }
    return -E.NOTTY;
  }

  private getdents64(fd: number, buf: number, count: number): number {
    const f = this.file(fd);
    if (f === null) return -E.BADF;
    if (!f.isDir) return -E.NOTDIR;
    if (f.dirEntries === null) f.dirEntries = fs.readdirSync(f.path, { withFileTypes: true });
    const out = new Uint8Array(count);
    const view = new DataView(out.buffer);
    let used = 0;
    const all = [".", "..", ...f.dirEntries.map((d) => d.name)];
    while (f.dirPos < all.length) {
      const name = Buffer.from(all[f.dirPos]!);
      const reclen = Math.ceil((19 + name.length + 1) / 8) * 8;
      if (used + reclen > count) break;
      const dirent = f.dirPos >= 2 ? f.dirEntries[f.dirPos - 2]! : null;
      const type =
        dirent === null ? 4 : dirent.isDirectory() ? 4 : dirent.isSymbolicLink() ? 10 : dirent.isFile() ? 8 : 0;
      view.setBigUint64(used, BigInt(f.dirPos + 1), true);
      view.setBigUint64(used + 8, BigInt(f.dirPos + 1), true);
      view.setUint16(used + 16, reclen, true);
      out[used + 18] = type;
      out.set(name, used + 19);
      used += reclen;
      f.dirPos++;
    }
    if (used === 0 && f.dirPos < all.length) return -E.INVAL;
    this.mem.write(buf, out.subarray(0, used));
    return used;
  }

  private writeStat(address: number, st: fs.BigIntStats): void {
    const v = new DataView(new ArrayBuffer(128));
    v.setBigUint64(0, st.dev, true);
    v.setBigUint64(8, st.ino, true);
    v.setUint32(16, Number(st.mode), true);
    v.setUint32(20, Number(st.nlink), true);
    v.setUint32(24, Number(st.uid), true);
    v.setUint32(28, Number(st.gid), true);
    v.setBigUint64(32, st.rdev, true);
    v.setBigInt64(48, st.size, true);
    v.setInt32(56, Number(st.blksize), true);
    v.setBigInt64(64, st.blocks, true);
    const times = [st.atimeNs, st.mtimeNs, st.ctimeNs];
    times.forEach((ns, i) => {
      v.setBigInt64(72 + i * 16, ns / 1000000000n, true);
      v.setBigUint64(80 + i * 16, ns % 1000000000n, true);
    });
    this.mem.write(address, new Uint8Array(v.buffer));
  }

  private writeTimespec(address: number, ns: bigint): void {
    this.mem.writeU64(address, ns / 1000000000n);
    this.mem.writeU64(address + 8, ns % 1000000000n);
  }

  private mmap(addr: number, length: number, prot: number, flags: number, fd: number, offset: number): number {
    if (length === 0) return -E.INVAL;
    const size = pageAlignUp(length);
    const fixed = (flags & 0x10) !== 0 || (flags & 0x100000) !== 0;
    const anonymous = (flags & 0x20) !== 0;
    let at: number;
    if (fixed) {
      if (addr % PAGE_SIZE !== 0) return -E.INVAL;
      at = addr;
    } else if (addr !== 0 && addr % PAGE_SIZE === 0 && !this.mem.isMapped(addr, size)) at = addr;
    else at = this.mem.findFree(size);
    if (anonymous) {
      this.mem.mapAnonymous(at, size, prot);
      return at;
    }
    const f = this.file(fd);
    if (f === null) return -E.BADF;
    this.mem.mapAnonymous(at, size, prot | PROT_WRITE);
    const data = Buffer.alloc(length);
    const n = fs.readSync(f.host, data, 0, length, offset);
    this.mem.write(at, data.subarray(0, n), true);
    if ((prot & PROT_WRITE) === 0) this.mem.protect(at, size, prot);
    return at;
  }

  private mremap(old: number, oldSize: number, newSize: number, flags: number): number {
    if (old % PAGE_SIZE !== 0) return -E.INVAL;
    const o = pageAlignUp(oldSize);
    const n = pageAlignUp(newSize);
    if (n <= o) {
      if (n < o) this.mem.unmap(old + n, o - n);
      return old;
    }
    if (!this.mem.isMapped(old + o, n - o)) {
      this.mem.mapAnonymous(old + o, n - o, PROT_READ | PROT_WRITE);
      return old;
    }
    if ((flags & 1) === 0) return -E.NOMEM;
    const prot = this.mem.protectionAt(old);
    const data = this.mem.read(old, o);
    const at = this.mem.findFree(n);
    this.mem.mapAnonymous(at, n, PROT_READ | PROT_WRITE);
    this.mem.write(at, data);
    this.mem.unmap(old, o);
    if (prot >= 0) this.mem.protect(at, n, prot);
    return at;
  }
}
