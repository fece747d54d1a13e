;;; eglot_rename.el --- Emacs eglot renames a name through `attest lsp'  -*- lexical-binding: t -*-

;; As a user does with M-x eglot-rename: point on the surname of « Kassym-Jomart Tokaïev »,
;; on a line holding « é », « ’ », a non-breaking space and emoji before it; the prompt's
;; default (eglot 1.9 offers the word at point and never asks prepareRename) edited to
;; « Tokayev »; the edit accepted; every buffer saved.  tests/editors.rs reads the files
;; back.  One PASS or FAIL line per check; exit status 1 on failure.
;;
;;   ATTEST_BIN=… ATTEST_CORPUS=… emacs --batch -l tests/editors/eglot_rename.el

(load (expand-file-name "eglot_harness.el" (file-name-directory load-file-name)) nil t)

(defun attest-test-run (corpus)
  (find-file (expand-file-name "a.txt" corpus))
  (run-hooks 'post-command-hook)
  (unless (attest-test-check "eglot connects to attest lsp for a.txt"
                             (attest-test-wait #'eglot-current-server))
    (error "no server"))
  (goto-char (point-min))
  (unless (attest-test-check "« Kassym-Jomart Tokaïev a parlé » is in a.txt"
                             (search-forward "Kassym-Jomart Tokaïev a parlé" nil t))
    (error "no name"))
  (goto-char (+ (match-beginning 0) (length "Kassym-Jomart Tok")))
  ;; The rename must reach b.txt, which is not open: wait until the server knows it.
  (let ((b-path (file-truename (expand-file-name "b.txt" corpus))))
    (attest-test-check
     "references to Tokaïev reach b.txt (the corpus is indexed)"
     (attest-test-wait
      (lambda ()
        (cl-some (lambda (l)
                   (equal (file-truename (eglot--uri-to-path (plist-get l :uri))) b-path))
                 (jsonrpc-request (eglot--current-server-or-lose) :textDocument/references
                                  (append (eglot--TextDocumentPositionParams)
                                          '(:context (:includeDeclaration t)))))))))
  ;; What the prompt offers is eglot's own; the writer types over it, and answers yes to
  ;; the edit of a file that is not open.
  (let* ((offered (symbol-name (symbol-at-point)))
         (asked nil)
         (new (replace-regexp-in-string "Tokaïev" "Tokayev" offered)))
    (attest-test-say "  eglot offers « %s », renamed « %s »" offered new)
    (cl-letf (((symbol-function 'y-or-n-p) (lambda (prompt) (setq asked prompt) t)))
      (eglot-rename new))
    (attest-test-say "  asked: %s" asked))
  (let ((line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
    (attest-test-say "  now: %s" line)
    (attest-test-check "the rename keeps « Kassym-Jomart »"
                       (string-match-p "Kassym-Jomart Tokayev a parlé" line) line))
  (save-some-buffers t)
  (attest-test-check "every buffer is saved"
                     (not (cl-some (lambda (b) (and (buffer-file-name b) (buffer-modified-p b)))
                                   (buffer-list)))))

(let ((corpus (file-name-as-directory (getenv "ATTEST_CORPUS"))))
  (condition-case err
      (attest-test-run corpus)
    (error (attest-test-check "the script ran without an error" nil (error-message-string err))))
  (attest-test-say (if (zerop attest-test-failures) "eglot rename: all checks passed"
                     (format "eglot rename: %d check(s) failed" attest-test-failures)))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs (if (zerop attest-test-failures) 0 1)))

;;; eglot_rename.el ends here
