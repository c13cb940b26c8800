import { describe, expect, it } from '@jest/globals';
import { initialParts } from './split';

describe('initialParts', () => {
  it('cuts at the line breaks, dropping empty lines and outer spaces', () => {
    expect(initialParts('一つ目の意見。\n\n 二つ目の意見。 \n三つ目')).toEqual(['一つ目の意見。', '二つ目の意見。', '三つ目']);
  });

  it('offers the whole text and an empty second part when there is one line', () => {
    expect(initialParts('一文だけの意見。')).toEqual(['一文だけの意見。', '']);
  });
});
