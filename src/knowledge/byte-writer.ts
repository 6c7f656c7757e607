/** Bytes written one value at a time into a buffer that grows as needed; `bytes()` is a view of them. */
export class ByteWriter {
  private buffer: Buffer;
  length = 0;

  constructor(size = 1 << 16) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  private room(n: number) {
    if (this.length + n <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  byte(b: number) {
    this.room(1);
    this.buffer[this.length++] = b;
  }

  /** An unsigned integer below 2^32, seven bits a byte, low bits first. */
  varint(n: number) {
    this.room(5);
    let v = n >>> 0;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  raw(bytes: Uint8Array) {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  float(x: number) {
    this.room(8);
    this.buffer.writeDoubleLE(x, this.length);
    this.length += 8;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
