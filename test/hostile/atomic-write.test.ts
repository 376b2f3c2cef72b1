import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeOutputFile } from "../../cli/io";

jest.mock("fs", () => {
  const real = jest.requireActual("fs");
  return { ...real, writeFileSync: jest.fn(real.writeFileSync) };
});

describe("reports are written atomically", () => {
  test("a write that dies half-way leaves the previous file whole, and no temporary file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-atomic-"));
    const file = path.join(dir, "report.json");
    fs.writeFileSync(file, "previous good report\n");
    const real = jest.requireActual("fs").writeFileSync;
    // The process is killed after a few bytes reach the disk.
    (fs.writeFileSync as jest.Mock).mockImplementationOnce((target: string, data: string) => {
      real(target, data.slice(0, 5));
      throw Object.assign(new Error("killed"), { code: "EINTR" });
    });
    expect(() => writeOutputFile(file, "the new report, much longer than five bytes\n")).toThrow(/cannot write --out/);
    expect(fs.readFileSync(file, "utf8")).toBe("previous good report\n");
    expect(fs.readdirSync(dir)).toEqual(["report.json"]);
    writeOutputFile(file, "new\n");
    expect(fs.readFileSync(file, "utf8")).toBe("new\n");
    expect(fs.readdirSync(dir)).toEqual(["report.json"]);
  });
});
