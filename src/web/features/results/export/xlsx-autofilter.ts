import type { Feature } from "write-excel-file/universal";
import {
  appendMarkupInsideElement,
  findElement,
  getCellAddress,
  getOrderOfSiblings,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeTextContent,
} from "write-excel-file/utility";

type AutoFilter = {
  /** Which sheet (0-based), its name, and the size of its table, header row included. */
  sheetIndex: number;
  sheetName: string;
  rows: number;
  columns: number;
};

/**
 * Filter buttons on a sheet's header row. write-excel-file has no option for it, so this feature
 * adds the `<autoFilter>` element to the sheet and, as Excel itself writes it, the hidden
 * `_xlnm._FilterDatabase` name that tells Excel which range the filter covers.
 */
export function autoFilter({ sheetIndex, sheetName, rows, columns }: AutoFilter): Feature<Blob> {
  const first = getCellAddress(0, 0);
  const last = getCellAddress(Math.max(0, rows - 1), Math.max(0, columns - 1));
  const absolute = (address: string) => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const quotedSheet = `'${sheetName.replaceAll("'", "''")}'`;
  const definedName = `<definedName name="_xlnm._FilterDatabase" localSheetId="${sheetIndex}" hidden="1">${sanitizeTextContent(
    `${quotedSheet}!${absolute(first)}:${absolute(last)}`,
  )}</definedName>`;
  return {
    files: {
      transform: {
        "xl/worksheets/sheet{id}.xml": {
          transform: (xml, _options, properties) => {
            if (properties.sheetIndex !== sheetIndex) return xml;
            const markup = `<autoFilter ref="${first}:${last}"/>`;
            // Straight after the rows, where the format puts it (the writer adds none of the
            // sheet parts that may come between). Found from the end: the library's element
            // search walks the whole sheet, which takes seconds at 100,000 rows.
            const end = xml.lastIndexOf("</sheetData>");
            return end >= 0
              ? `${xml.slice(0, end + 12)}${markup}${xml.slice(end + 12)}`
              : insertElementMarkupAccordingToOrderOfSiblings(
                  xml,
                  markup,
                  getOrderOfSiblings("xl/worksheets/sheet{id}.xml", "worksheet") ?? [],
                  "worksheet",
                );
          },
        },
        "xl/workbook.xml": {
          transform: (xml) => {
            const names = findElement(xml, "definedNames");
            return names
              ? appendMarkupInsideElement(xml, names, definedName)
              : insertElementMarkupAccordingToOrderOfSiblings(
                  xml,
                  `<definedNames>${definedName}</definedNames>`,
                  getOrderOfSiblings("xl/workbook.xml", "workbook") ?? [],
                  "workbook",
                );
          },
        },
      },
    },
  };
}
