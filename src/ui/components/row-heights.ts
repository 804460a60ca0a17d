/**
 * The heights of a long list's rows, measured once shown and estimated until then, and where
 * each row starts. Offsets are summed lazily from the first row whose height changed, so adding
 * a row at the end or measuring one costs O(1) amortised, even for 10,000 rows.
 */
export class RowHeights {
  private readonly measured: number[] = [];
  private readonly offsets: number[] = [0];
  /** offsets[0..valid] are up to date. */
  private valid = 0;

  constructor(private readonly estimate: (row: number) => number) {}

  /** Records a measured height; true when it differs from what the offsets assumed. */
  measure(row: number, height: number): boolean {
    if (this.height(row) === height) {
      this.measured[row] = height;
      return false;
    }
    this.measured[row] = height;
    this.valid = Math.min(this.valid, row);
    return true;
  }

  height(row: number): number {
    return this.measured[row] ?? this.estimate(row);
  }

  /** Where `row` starts: the sum of the heights of the rows before it. */
  offset(row: number): number {
    for (let r = this.valid; r < row; r++)
      this.offsets[r + 1] = (this.offsets[r] as number) + this.height(r);
    this.valid = Math.max(this.valid, row);
    return this.offsets[row] as number;
  }

  /** The first of `count` rows that ends below `y` (`count` when none does). */
  rowAt(y: number, count: number): number {
    this.offset(count);
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.offsets[middle + 1] as number) > y) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
