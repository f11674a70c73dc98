/** Text made safe inside HTML or SVG elements and attribute values. */
export declare function escapeXml(text: string): string;
