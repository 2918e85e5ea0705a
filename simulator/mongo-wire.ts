/**
 * The MongoDB wire protocol, as much as the official driver uses against Cosmos DB for MongoDB:
 * the legacy OP_QUERY its first `isMaster` goes in (answered with OP_REPLY), and OP_MSG for every
 * command after it (the server's maxWireVersion is 6 or more). Documents are BSON, from the
 * driver's own `bson` (re-exported by mongodb). Spec: the MongoDB wire protocol reference
 * ("Legacy opcodes" and "OP_MSG").
 */
import { BSON, type Document } from 'mongodb';

const OP_REPLY = 1;
const OP_QUERY = 2004;
const OP_MSG = 2013;
/** OP_MSG flag bits: a checksum follows the sections; the sender expects no answer. */
const CHECKSUM_PRESENT = 1;
const MORE_TO_COME = 2;
/** The largest message the simulator reads (the driver is told maxMessageSizeBytes: 48 MB). */
const MAX_MESSAGE_BYTES = 48_000_000;

/** One command as the client sent it. */
export interface Request {
  readonly requestId: number;
  readonly opCode: typeof OP_QUERY | typeof OP_MSG;
  /** The command document (OP_MSG: the body section with any document sequences folded in). */
  readonly command: Document;
  /** OP_QUERY's collection, e.g. `admin.$cmd`. */
  readonly collection?: string;
  /** OP_MSG moreToCome: the client expects no answer. */
  readonly noReply: boolean;
}

/** Reads whole messages off a byte stream: `push` what arrived, take back what is complete. */
export class MessageReader {
  private buffered = Buffer.alloc(0);

  push(chunk: Buffer): Request[] {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    const requests: Request[] = [];
    while (this.buffered.length >= 4) {
      const length = this.buffered.readInt32LE(0);
      if (length < 16 || length > MAX_MESSAGE_BYTES) throw new Error(`message length ${length} out of bounds`);
      if (this.buffered.length < length) break;
      requests.push(parse(this.buffered.subarray(0, length)));
      this.buffered = this.buffered.subarray(length);
    }
    return requests;
  }
}

function cstring(buffer: Buffer, at: number): [string, number] {
  const end = buffer.indexOf(0, at);
  if (end < 0) throw new Error('unterminated cstring');
  return [buffer.toString('utf8', at, end), end + 1];
}

function bsonAt(buffer: Buffer, at: number): [Document, number] {
  const size = buffer.readInt32LE(at);
  return [BSON.deserialize(buffer.subarray(at, at + size), { promoteLongs: false }), at + size];
}

function parse(message: Buffer): Request {
  const requestId = message.readInt32LE(4);
  const opCode = message.readInt32LE(12);
  if (opCode === OP_QUERY) {
    const [collection, afterName] = cstring(message, 20);
    const [command] = bsonAt(message, afterName + 8); // skip numberToSkip, numberToReturn
    return { requestId, opCode, command, collection, noReply: false };
  }
  if (opCode !== OP_MSG) throw new Error(`opcode ${opCode} is not supported`);
  const flags = message.readUInt32LE(16);
  const end = message.length - (flags & CHECKSUM_PRESENT ? 4 : 0);
  let command: Document | undefined;
  const sequences: Record<string, Document[]> = {};
  for (let at = 20; at < end;) {
    const kind = message[at];
    if (kind === 0) {
      [command, at] = bsonAt(message, at + 1);
    } else if (kind === 1) {
      const size = message.readInt32LE(at + 1);
      const sectionEnd = at + 1 + size;
      const [identifier, afterIdentifier] = cstring(message, at + 5);
      let next = afterIdentifier;
      const documents: Document[] = [];
      while (next < sectionEnd) {
        let document: Document;
        [document, next] = bsonAt(message, next);
        documents.push(document);
      }
      sequences[identifier] = documents;
      at = sectionEnd;
    } else {
      throw new Error(`OP_MSG section kind ${kind} is not supported`);
    }
  }
  if (!command) throw new Error('OP_MSG without a body section');
  return { requestId, opCode, command: { ...command, ...sequences }, noReply: (flags & MORE_TO_COME) !== 0 };
}

function header(length: number, responseTo: number, opCode: number): Buffer {
  const head = Buffer.alloc(16);
  head.writeInt32LE(length, 0);
  head.writeInt32LE(Math.floor(Math.random() * 0x7fffffff), 4);
  head.writeInt32LE(responseTo, 8);
  head.writeInt32LE(opCode, 12);
  return head;
}

/** The answer to `request`, in the opcode it came in: OP_REPLY for OP_QUERY, OP_MSG for OP_MSG. */
export function encodeReply(request: Request, reply: Document): Buffer {
  const body = Buffer.from(BSON.serialize(reply));
  if (request.opCode === OP_QUERY) {
    const fields = Buffer.alloc(20); // responseFlags, cursorID (int64), startingFrom, numberReturned
    fields.writeInt32LE(1, 16);
    return Buffer.concat([header(16 + 20 + body.length, request.requestId, OP_REPLY), fields, body]);
  }
  const flagsAndKind = Buffer.from([0, 0, 0, 0, 0]);
  return Buffer.concat([header(16 + 5 + body.length, request.requestId, OP_MSG), flagsAndKind, body]);
}
