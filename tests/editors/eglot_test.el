;;; eglot_test.el --- Emacs eglot against `attest lsp', in batch mode  -*- lexical-binding: t -*-

;; As a user would set it up (editors/README.md): eglot-ensure on text-mode, attest.toml as
;; the project root, settings through eglot-workspace-configuration.  Opens a seed article,
;; waits for the diagnostics flymake shows, asks for a hover on « Tokayev » and jumps from
;; « Poutine » in seed 001 with xref.  One PASS or FAIL line per check on standard output;
;; exit status 1 on failure.
;;
;;   ATTEST_BIN=… ATTEST_CORPUS=… emacs --batch -l tests/editors/eglot_test.el
;;
;; Works with Emacs 28 and Debian's elpa-eglot (1.9), and with the eglot built into 29+.

(load (expand-file-name "eglot_harness.el" (file-name-directory load-file-name)) nil t)
(require 'flymake)
(require 'xref)

(defun attest-test-goto (needle offset)
  "Point on NEEDLE in the current buffer, OFFSET characters in."
  (goto-char (point-min))
  (when (search-forward needle nil t)
    (goto-char (+ (match-beginning 0) offset))
    t))

(defun attest-test-run (corpus)
  (find-file (expand-file-name "003_b21e87a935b8b5cf.txt" corpus))
  (attest-test-check "a .txt article opens in text-mode" (derived-mode-p 'text-mode) major-mode)
  ;; eglot-ensure connects once the command that opened the file is over.
  (run-hooks 'post-command-hook)
  (let ((server (attest-test-wait #'eglot-current-server)))
    (unless (attest-test-check "eglot connects to attest lsp for seed 003" server)
      (error "no server"))
    (attest-test-check "its project is the corpus (attest.toml)"
                       (file-equal-p (project-root (eglot--project server)) corpus)
                       (project-root (eglot--project server))))

  ;; Diagnostics, as flymake holds them.
  (let ((spelling
         (attest-test-wait
          (lambda ()
            (cl-find-if (lambda (d) (string-match-p "Tokayev" (flymake-diagnostic-text d)))
                        (flymake-diagnostics))))))
    (attest-test-check
     "flymake shows attest's diagnostics, « Tokayev » spelled « Tokaïev » elsewhere among them"
     (and spelling (string-match-p "Tokaïev" (flymake-diagnostic-text spelling)))
     (format "%d diagnostic(s)" (length (flymake-diagnostics))))
    (when spelling
      (attest-test-say "  %s" (flymake-diagnostic-text spelling)))
    ;; Which finding it is shows where it appears: eglot puts source and code first.
    (attest-test-check
     "flymake's text names the source and the code (« attest [entity-spelling]: … »)"
     (and spelling (string-prefix-p "attest [entity-spelling]: " (flymake-diagnostic-text spelling)))
     (and spelling (flymake-diagnostic-text spelling))))

  ;; Hover.
  (attest-test-check "« Tokayev a réitéré » is in seed 003" (attest-test-goto "Tokayev a réitéré" 2))
  (let* ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                 (eglot--TextDocumentPositionParams)))
         (contents (plist-get hover :contents))
         (text (if (stringp contents) contents (format "%s" (plist-get contents :value)))))
    (attest-test-check "hover on « Tokayev » names « Kassym-Jomart Tokaïev »"
                       (string-match-p "Kassym-Jomart Tokaïev" text) text))

  ;; Typing: incremental edits around « é », « ’ » and an emoji reach the server intact
  ;; (eglot counts utf-16 code units), and flymake's diagnostics follow.
  (let* ((row (line-number-at-pos))
         (spelling-at-row
          (lambda ()
            (cl-find-if (lambda (d)
                          (and (string-match-p "Tokayev" (flymake-diagnostic-text d))
                               (save-excursion
                                 (goto-char (flymake-diagnostic-beg d))
                                 (and (= (line-number-at-pos) row) (bolp)))))
                        (flymake-diagnostics)))))
    (attest-test-check "before typing, « Tokayev a réitéré » has its spelling diagnostic"
                       (funcall spelling-at-row))
    (beginning-of-line)
    (delete-char (length "Tokayev"))
    (insert "Tokaïev")
    (goto-char (point-min))
    (forward-line 1)
    (insert "🙂 « Élysée » l’a dit — 42 %.\n")
    (search-backward "dit")
    (delete-char 3)
    (insert "répété")
    (setq row (1+ row))
    ;; eglot sends the changes when Emacs is idle, which it never is in batch mode.
    (eglot--signal-textDocument/didChange)
    (attest-test-check
     "after typing « Tokaïev », its spelling diagnostic goes"
     (attest-test-wait (lambda () (not (funcall spelling-at-row))))))
  (let ((held (jsonrpc-request (eglot--current-server-or-lose) :attest/text
                               (list :uri (eglot--path-to-uri buffer-file-name))))
        (text (buffer-substring-no-properties (point-min) (point-max))))
    (attest-test-check "the server holds the buffer as edited" (equal held text)
                       (unless (equal held text)
                        (let ((i (compare-strings (format "%s" held) nil nil text nil nil)))
                         (format "first difference at character %s: server «%s» buffer «%s»"
                                 i
                                 (substring held (min (length held) (1- (abs i))) (min (length held) (+ 40 (abs i))))
                                 (substring text (min (length text) (1- (abs i))) (min (length text) (+ 40 (abs i)))))))))

  ;; Go to definition, across articles, with xref as M-. does.
  (find-file (expand-file-name "001_8580d139b28a1cc8.txt" corpus))
  (run-hooks 'post-command-hook)
  (let ((from (current-buffer)))
    (attest-test-check "seed 001 is managed by the same server"
                       (eq (attest-test-wait #'eglot-current-server)
                           (with-current-buffer (get-file-buffer (expand-file-name "003_b21e87a935b8b5cf.txt" corpus))
                             (eglot-current-server))))
    (attest-test-check "« énerve Poutine » is in seed 001" (attest-test-goto "énerve Poutine" 9))
    (xref-find-definitions (xref-backend-identifier-at-point (xref-find-backend)))
    (let ((line (buffer-substring (line-beginning-position) (line-end-position))))
      (attest-test-say "  landed on %s:%d" (buffer-name) (line-number-at-pos))
      (attest-test-check "definition of « Poutine » leaves seed 001" (not (eq (current-buffer) from))
                         (buffer-name))
      (attest-test-check "it lands on « Vladimir Poutine » in another seed"
                         (and (string-match-p "^00[0-9]_" (buffer-name))
                              (string-match-p "Vladimir Poutine" line))
                         (substring line 0 (min 120 (length line)))))))

(let ((corpus (file-name-as-directory (getenv "ATTEST_CORPUS"))))
  (condition-case err
      (attest-test-run corpus)
    (error (attest-test-check "the script ran without an error" nil (error-message-string err))))
  (attest-test-say (if (zerop attest-test-failures) "eglot: all checks passed"
                     (format "eglot: %d check(s) failed" attest-test-failures)))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs (if (zerop attest-test-failures) 0 1)))

;;; eglot_test.el ends here
