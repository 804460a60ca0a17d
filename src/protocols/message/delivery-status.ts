import { parseHeaderSection, unfold } from './header';
import { textToBinary, binaryToText } from '../encoding/utf8';

/**
 * The machine-readable part of a bounce, `message/delivery-status` (RFC 3464 §2.1): one
 * block of per-message fields (Reporting-MTA, Arrival-Date …), then one block per
 * recipient (Final-Recipient, Action, Status, Diagnostic-Code …), blocks separated by an
 * empty line. Each block has the syntax of a header section.
 */

export interface DeliveryStatusField {
  name: string;
  value: string;
}

export interface RecipientStatus {
  fields: DeliveryStatusField[];
  /** Final-Recipient without its address type ("rfc822; bob@b.example" → "bob@b.example"). */
  finalRecipient?: string;
  /** failed, delayed, delivered, relayed or expanded (RFC 3464 §2.3.3). */
  action?: string;
  /** The RFC 3463 code, e.g. "5.1.1". */
  status?: string;
  /** The remote server's reply, e.g. "smtp; 550 5.1.1 <bob@b.example>: …". */
  diagnosticCode?: string;
}

export interface DeliveryStatus {
  perMessage: DeliveryStatusField[];
  recipients: RecipientStatus[];
}

function fieldValue(fields: DeliveryStatusField[], name: string): string | undefined {
  return fields.find((field) => field.name.toLowerCase() === name.toLowerCase())?.value;
}

/** Strips the "type;" prefix of an address or diagnostic field ("rfc822; bob@b.example"). */
function afterType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const semicolon = value.indexOf(';');
  return semicolon < 0 ? value.trim() : value.slice(semicolon + 1).trim();
}

/** Parses the body of a message/delivery-status part. */
export function parseDeliveryStatus(body: string): DeliveryStatus {
  const binary = textToBinary(body);
  const blocks: DeliveryStatusField[][] = [];
  let position = 0;
  while (position < binary.length) {
    // Extra empty lines between blocks are skipped.
    if (binary.startsWith('\r\n', position)) {
      position += 2;
      continue;
    }
    if (binary.startsWith('\n', position)) {
      position += 1;
      continue;
    }
    const section = parseHeaderSection(binary, position);
    const fields = section.fields.map((field) => {
      const raw = binaryToText(field.raw);
      return { name: field.name, value: unfold(raw) };
    });
    if (fields.length > 0) blocks.push(fields);
    if (section.end <= position) break;
    position = section.end;
  }
  const [perMessage = [], ...perRecipient] = blocks;
  const recipients = perRecipient.map((fields): RecipientStatus => {
    const recipient: RecipientStatus = { fields };
    const finalRecipient = afterType(fieldValue(fields, 'Final-Recipient'));
    if (finalRecipient !== undefined) recipient.finalRecipient = finalRecipient;
    const action = fieldValue(fields, 'Action')?.toLowerCase();
    if (action !== undefined) recipient.action = action;
    const status = fieldValue(fields, 'Status');
    if (status !== undefined) recipient.status = status;
    const diagnostic = fieldValue(fields, 'Diagnostic-Code');
    if (diagnostic !== undefined) recipient.diagnosticCode = diagnostic;
    return recipient;
  });
  return { perMessage, recipients };
}
